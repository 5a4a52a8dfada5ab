import { useEffect, useState, type ReactNode } from 'react';
import { CURRENCY_LABELS } from '@partnermap/shared/model';
import { useBoardContext } from '../app/BoardContext.ts';
import type { Selection } from '../selection/selection.ts';
import { FlowsView } from './flows/FlowsView.tsx';
import { MatrixView } from './matrix/MatrixView.tsx';
import { MeasuresView } from './measures/MeasuresView.tsx';
import { SIZE_BY_LABELS, sizesFrom } from './measures/sizes.ts';
import { TableView } from './table/TableView.tsx';
import { resetMapLens, setMapLens, useMapLens } from './mapLens.ts';
import { useAnalysis } from './useAnalysis.ts';
import { readView, saveView, type ViewId } from './viewChoice.ts';
import { handleOpenView } from './openView.ts';
import { PANEL_ID, ViewSwitcher, tabId } from './ViewSwitcher.tsx';
import './views.css';

export interface ViewProps {
  selection: Selection;
  select: (s: Partial<Selection>) => void;
  /** Opens another view, such as the map after choosing a currency to show on it. */
  open: (view: ViewId) => void;
}

interface Props extends Omit<ViewProps, 'open'> {
  /** The map (canvas and its panels), shown when the map view is chosen. */
  children: ReactNode;
}

/** The switcher between the map and the analysis views, and the chosen view; the selection is shared. */
export function BoardViews({ children: map, selection, select }: Props) {
  const boardKey = window.location.pathname;
  const [view, setView] = useState<ViewId>(() => readView(boardKey));
  const open = (next: ViewId) => {
    setView(next);
    saveView(boardKey, next);
  };
  useMapSizes();
  useEffect(() => resetMapLens, []);
  useEffect(() => handleOpenView(open));
  // A view's button that opens another view is gone once it opens: focus goes to the new tab.
  const openFromView = (next: ViewId) => {
    open(next);
    focusTab(next);
  };
  const props = { selection, select, open: openFromView };
  return (
    <div className="views">
      <div className="views__bar">
        <ViewSwitcher view={view} onChange={open} />
        <LensNote onCleared={() => focusTab(view)} />
      </div>
      <div className="views__panel" role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(view)}>
        {view === 'map' && map}
        {view === 'matrix' && <MatrixView {...props} />}
        {view === 'flows' && <FlowsView {...props} />}
        {view === 'measures' && <MeasuresView {...props} />}
        {view === 'table' && <TableView />}
      </div>
    </div>
  );
}

/** Keeps the agencies' sizes on the map in step with the live board while they are sized by a measure. */
function useMapSizes() {
  const { board } = useBoardContext();
  const { sizeBy } = useMapLens();
  const measured = useAnalysis(board, sizeBy !== null);
  useEffect(() => {
    setMapLens({ sizes: sizeBy && measured ? sizesFrom(measured.analysis.agencies, sizeBy) : new Map() });
  }, [sizeBy, measured]);
}

const focusTab = (view: ViewId) => document.getElementById(tabId(view))?.focus();

/** What the map is showing beyond the plain picture, each with a way back. */
function LensNote({ onCleared }: { onCleared: () => void }) {
  const { currency, sizeBy } = useMapLens();
  const clear = (patch: Parameters<typeof setMapLens>[0]) => {
    setMapLens(patch);
    onCleared();
  };
  if (!currency && !sizeBy) return null;
  return (
    <div className="lens-note" role="status" data-testid="lens-note">
      {currency && (
        <span className="lens-note__item">
          Map shows {CURRENCY_LABELS[currency].toLowerCase()} only
          <button type="button" className="link" onClick={() => clear({ currency: null })}>
            Show all
          </button>
        </span>
      )}
      {sizeBy && (
        <span className="lens-note__item">
          Agencies sized by {SIZE_BY_LABELS[sizeBy].toLowerCase()}
          <button type="button" className="link" onClick={() => clear({ sizeBy: null })}>
            Same size
          </button>
        </span>
      )}
    </div>
  );
}
