interface Props {
  readOnly: boolean;
  selectedAgencies: number;
  activeFilters: number;
  filtersOpen: boolean;
  onAdd: () => void;
  onFormPartnership: () => void;
  onToggleFilters: () => void;
}

export function Toolbar(props: Props) {
  const { readOnly, selectedAgencies, activeFilters, filtersOpen } = props;
  return (
    <div className="toolbar panel" role="toolbar" aria-label="Board tools">
      {!readOnly && (
        <button type="button" className="button button--primary" onClick={props.onAdd}>
          <span aria-hidden>＋</span> Add agency
        </button>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button"
          disabled={selectedAgencies < 2}
          title={selectedAgencies < 2 ? 'Select two or more agencies first (Shift-click, or Shift-drag a box)' : undefined}
          onClick={props.onFormPartnership}
        >
          Form partnership
        </button>
      )}
      <button type="button" className="button" aria-expanded={filtersOpen} onClick={props.onToggleFilters}>
        Filter{activeFilters > 0 && <span className="count">{activeFilters}</span>}
      </button>
    </div>
  );
}
