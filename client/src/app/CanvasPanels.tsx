import { Panel } from '@xyflow/react';
import type { Filters } from '../canvas/filters.ts';
import { EmptyGuide } from '../canvas/EmptyGuide.tsx';
import { FiltersPanel } from '../canvas/Filters.tsx';
import { Legend } from '../canvas/legend/Legend.tsx';
import { useBoardContext } from './BoardContext.ts';

interface Props {
  filters: Filters;
  onFiltersChange(filters: Filters): void;
  filtersOpen: boolean;
  onCloseFilters(): void;
  /** Adds an agency in the middle of the visible canvas. */
  onAdd(): void;
}

/** What is drawn over the map: the filters, the legend and, on an empty board, the guide (the toolbar is MapTools). */
export function CanvasPanels({ filters, onFiltersChange, filtersOpen, onCloseFilters, onAdd }: Props) {
  const { board, readOnly } = useBoardContext();
  return (
    <>
      {filtersOpen && (
        <Panel position="top-right">
          <FiltersPanel filters={filters} onChange={onFiltersChange} onClose={onCloseFilters} />
        </Panel>
      )}
      <Panel position="bottom-left">
        <Legend board={board} />
      </Panel>
      {board.agencies.length === 0 && (
        <Panel position="top-center" className="empty-guide-panel">
          <EmptyGuide onAdd={onAdd} readOnly={readOnly} />
        </Panel>
      )}
    </>
  );
}
