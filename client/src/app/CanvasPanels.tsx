import { Panel } from '@xyflow/react';
import { useState } from 'react';
import { formPartnership } from '@partnermap/shared/doc';
import { filterCount, type Filters } from '../canvas/filters.ts';
import { EmptyGuide } from '../canvas/EmptyGuide.tsx';
import { FiltersPanel } from '../canvas/Filters.tsx';
import { Legend } from '../canvas/legend/Legend.tsx';
import { useSelection } from '../selection/selection.ts';
import { useBoardContext } from './BoardContext.ts';
import { Toolbar } from './Toolbar.tsx';

interface Props {
  filters: Filters;
  onFiltersChange(filters: Filters): void;
  /** Adds an agency in the middle of the visible canvas. */
  onAdd(): void;
}

/** What is drawn over the map: the toolbar, the filters, the legend and, on an empty board, the guide. */
export function CanvasPanels({ filters, onFiltersChange, onAdd }: Props) {
  const { doc, board, readOnly } = useBoardContext();
  const { selection, select } = useSelection();
  const [filtersOpen, setFiltersOpen] = useState(false);

  /** Of the agencies selected, those still on the board: a colleague may have just removed one. */
  const formOfSelection = () => {
    const members = selection.agencyIds.filter((id) => board.agencies.some((a) => a.id === id));
    if (members.length > 0) select({ partnershipId: formPartnership(doc, members) });
  };

  return (
    <>
      <Panel position="top-left">
        <Toolbar
          readOnly={readOnly}
          selectedAgencies={selection.agencyIds.length}
          activeFilters={filterCount(filters)}
          filtersOpen={filtersOpen}
          onAdd={onAdd}
          onFormPartnership={formOfSelection}
          onToggleFilters={() => setFiltersOpen((o) => !o)}
        />
      </Panel>
      {filtersOpen && (
        <Panel position="top-right">
          <FiltersPanel filters={filters} onChange={onFiltersChange} onClose={() => setFiltersOpen(false)} />
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
