import {
  CURRENCIES,
  CURRENCY_LABELS,
  INTEGRATION_DEGREES,
  INTEGRATION_LABELS,
  SECTOR_LABELS,
} from '../../../shared/src/index.ts';
import { NO_FILTERS, filterCount, type Filters } from '../lib/filters.ts';
import { SECTOR_COLOURS, SECTOR_ORDER } from '../lib/palette.ts';

interface Props {
  filters: Filters;
  onChange: (f: Filters) => void;
  onClose: () => void;
}

function toggle<T>(list: readonly T[], x: T): T[] {
  return list.includes(x) ? list.filter((y) => y !== x) : [...list, x];
}

/** Choose sectors, degrees or currencies to keep lit; everything else is dimmed. */
export function FiltersPanel({ filters, onChange, onClose }: Props) {
  return (
    <section className="filters panel" aria-label="Filters" data-testid="filters">
      <header className="filters__header">
        <h3>Show only</h3>
        <button type="button" className="link" disabled={filterCount(filters) === 0} onClick={() => onChange(NO_FILTERS)}>
          Clear
        </button>
        <button type="button" className="icon-button" aria-label="Close filters" onClick={onClose}>
          ×
        </button>
      </header>
      <h4>Sectors</h4>
      <div className="chips" role="group" aria-label="Sectors">
        {SECTOR_ORDER.map((s) => (
          <button
            key={s}
            type="button"
            className="chip"
            aria-pressed={filters.sectors.includes(s)}
            onClick={() => onChange({ ...filters, sectors: toggle(filters.sectors, s) })}
          >
            <span className="sector-dot" style={{ background: SECTOR_COLOURS[s] }} aria-hidden />
            {SECTOR_LABELS[s]}
          </button>
        ))}
      </div>
      <h4>Degree of integration</h4>
      <div className="chips" role="group" aria-label="Degrees of integration">
        {INTEGRATION_DEGREES.map((d) => (
          <button
            key={d}
            type="button"
            className="chip"
            aria-pressed={filters.degrees.includes(d)}
            onClick={() => onChange({ ...filters, degrees: toggle(filters.degrees, d) })}
          >
            {INTEGRATION_LABELS[d]}
          </button>
        ))}
      </div>
      <h4>Currencies</h4>
      <div className="chips" role="group" aria-label="Currencies">
        {CURRENCIES.map((c) => (
          <button
            key={c}
            type="button"
            className="chip"
            aria-pressed={filters.currencies.includes(c)}
            onClick={() => onChange({ ...filters, currencies: toggle(filters.currencies, c) })}
          >
            {CURRENCY_LABELS[c]}
          </button>
        ))}
      </div>
    </section>
  );
}
