import { Panel, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { dissolvePartnership, formPartnership, type Board, type BoardDoc } from '../../../shared/src/index.ts';
import type { ConnectionView } from '../lib/connection.ts';
import { NO_FILTERS, filterCount, litOnBoard, type Filters } from '../lib/filters.ts';
import { BoardContext } from './BoardContext.ts';
import { Canvas } from './Canvas.tsx';
import { EmptyGuide } from './EmptyGuide.tsx';
import { FiltersPanel } from './Filters.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { Legend } from './legend/Legend.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TopBar } from './TopBar.tsx';
import { useCanvasState } from './useCanvasState.ts';

interface Props {
  doc: BoardDoc;
  board: Board;
  readOnly: boolean;
  connection: ConnectionView;
  /** Board-level actions for the top bar (share, export), added by later work. */
  actions?: ReactNode;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** An open board: top bar, canvas with its panels, and the inspector. */
export function BoardView({ doc, board, readOnly, connection, actions }: Props) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const lit = useMemo(() => litOnBoard(board, filters), [board, filters]);
  const canvas = useCanvasState(doc, board, lit);
  const { select, selection } = canvas;
  const { screenToFlowPosition } = useReactFlow();
  const area = useRef<HTMLDivElement>(null);
  const context = useMemo(() => ({ doc, board, readOnly }), [doc, board, readOnly]);

  const addInView = () => {
    const r = area.current?.getBoundingClientRect();
    if (!r) return;
    // Each agency added from the toolbar lands a little further along, so they never pile up.
    const nudge = (board.agencies.length % 6) * 28;
    canvas.addAgencyAt(screenToFlowPosition({ x: r.left + r.width / 2 + nudge, y: r.top + r.height / 2 + nudge }));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        if (isTyping(e.target)) (e.target as HTMLElement).blur();
        else select({});
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && !isTyping(e.target) && selection.partnershipId && !readOnly) {
        dissolvePartnership(doc, selection.partnershipId);
        select({});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc, select, selection.partnershipId, readOnly]);

  return (
    <BoardContext.Provider value={context}>
      <div className="board">
        <TopBar connection={connection} actions={actions} />
        <div className="board__main">
          <div className="board__canvas" ref={area}>
            <Canvas
              nodes={canvas.nodes}
              edges={canvas.edges}
              partnerships={board.partnerships}
              selectedPartnershipId={selection.partnershipId}
              readOnly={readOnly}
              onNodesChange={canvas.onNodesChange}
              onEdgesChange={canvas.onEdgesChange}
              onConnect={canvas.onConnect}
              onSelectPartnership={(id) => select({ partnershipId: id })}
              onPaneClick={() => select({})}
              onAddAt={canvas.addAgencyAt}
            >
              <Panel position="top-left">
                <Toolbar
                  readOnly={readOnly}
                  selectedAgencies={selection.agencyIds.length}
                  activeFilters={filterCount(filters)}
                  filtersOpen={filtersOpen}
                  onAdd={addInView}
                  onFormPartnership={() => select({ partnershipId: formPartnership(doc, [...selection.agencyIds]) })}
                  onToggleFilters={() => setFiltersOpen((o) => !o)}
                />
              </Panel>
              {filtersOpen && (
                <Panel position="top-right">
                  <FiltersPanel filters={filters} onChange={setFilters} onClose={() => setFiltersOpen(false)} />
                </Panel>
              )}
              <Panel position="bottom-left">
                <Legend board={board} />
              </Panel>
              {board.agencies.length === 0 && (
                <Panel position="top-center" className="empty-guide-panel">
                  <EmptyGuide onAdd={addInView} readOnly={readOnly} />
                </Panel>
              )}
            </Canvas>
          </div>
          <Inspector
            selection={selection}
            focusNameOf={canvas.focusNameOf}
            onSelectRelationship={(id) => select({ relationshipIds: [id] })}
            onSelectPartnership={(id) => select({ partnershipId: id })}
            onClear={() => select({})}
          />
        </div>
      </div>
    </BoardContext.Provider>
  );
}
