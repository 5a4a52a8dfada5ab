import { TidyButton } from '../canvas/tidy/TidyButton.tsx';
import { SearchButton } from '../search/SearchButton.tsx';
/** How to select several agencies, with the mouse and by keyboard (on the map, Enter selects the focused agency). */
export const SELECT_SEVERAL_TIP =
  'Select two or more agencies first: Shift-click them or Shift-drag a box; by keyboard, press Ctrl+Enter (Cmd+Enter on a Mac) on each';

interface Props {
  readOnly: boolean;
  selectedAgencies: number;
  activeFilters: number;
  filtersOpen: boolean;
  onAdd: () => void;
  onFormPartnership: () => void;
  onToggleFilters: () => void;
}

/** The Filter button, to which focus returns when the filters close. */
export const FILTER_BUTTON_ID = 'map-filter-button';

export function Toolbar(props: Props) {
  const { readOnly, selectedAgencies, activeFilters, filtersOpen } = props;
  return (
    <div className="toolbar panel" role="toolbar" aria-label="Board tools">
      {!readOnly && (
        <button type="button" className="button button--primary" onClick={props.onAdd}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden>
            <path d="M7 2v10M2 7h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          Add agency
        </button>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button"
          disabled={selectedAgencies < 2}
          title={selectedAgencies < 2 ? SELECT_SEVERAL_TIP : undefined}
          onClick={props.onFormPartnership}
        >
          Form partnership
        </button>
      )}
      <TidyButton />
      <button type="button" id={FILTER_BUTTON_ID} className="button" aria-expanded={filtersOpen} onClick={props.onToggleFilters}>
        Filter{activeFilters > 0 && <span className="count">{activeFilters}</span>}
      </button>
      <SearchButton />
    </div>
  );
}
