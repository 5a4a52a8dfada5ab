import { formPartnership } from '@partnermap/shared/doc';
import type { Filters } from '../canvas/filters.ts';
import { filterCount } from '../canvas/filters.ts';
import { useSelection } from '../selection/selection.ts';
import { useBoardContext } from './BoardContext.ts';
import { Toolbar } from './Toolbar.tsx';

interface Props {
  filters: Filters;
  filtersOpen: boolean;
  onToggleFilters(): void;
  /** Adds an agency in the middle of the visible canvas. */
  onAdd(): void;
}

/**
 * The map's toolbar, laid over the top-left of the map but placed before it in the page, so that
 * Tab reaches "Add agency" before the map (issue 16), and F6 finds it as its own landmark.
 */
export function MapTools({ filters, filtersOpen, onToggleFilters, onAdd }: Props) {
  const { doc, board, readOnly } = useBoardContext();
  const { selection, select } = useSelection();

  /** Of the agencies selected, those still on the board: a colleague may have just removed one. */
  const formOfSelection = () => {
    const members = selection.agencyIds.filter((id) => board.agencies.some((a) => a.id === id));
    if (members.length > 0) select({ partnershipId: formPartnership(doc, members) });
  };

  return (
    <section className="map-tools" aria-label="Map tools" data-landmark="tools">
      <Toolbar
        readOnly={readOnly}
        selectedAgencies={selection.agencyIds.length}
        activeFilters={filterCount(filters)}
        filtersOpen={filtersOpen}
        onAdd={onAdd}
        onFormPartnership={formOfSelection}
        onToggleFilters={onToggleFilters}
      />
    </section>
  );
}
