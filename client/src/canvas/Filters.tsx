import {
  SECTORS,
  CURRENCIES,
  CURRENCY_LABELS,
  INTEGRATION_DEGREES,
  INTEGRATION_LABELS,
  SECTOR_LABELS,
} from '@partnermap/shared/model';
import { NO_FILTERS, filterCount, type Filters } from './filters.ts';
import { SECTOR_COLOURS } from './palette.ts';
import { ToggleChips } from '../common/ToggleChips.tsx';

interface Props {
  filters: Filters;
  onChange: (f: Filters) => void;
  onClose: () => void;
}

/** Choose sectors, degrees or currencies to keep lit; everything else is dimmed. */
export function FiltersPanel({ filters, onChange, onClose }: Props) {
  return (
    <section className="filters panel" aria-label="Filters" data-testid="filters">
      <header className="filters__header">
        <h2>Show only</h2>
        <button type="button" className="link" disabled={filterCount(filters) === 0} onClick={() => onChange(NO_FILTERS)}>
          Clear
        </button>
        <button type="button" className="icon-button" aria-label="Close filters" onClick={onClose}>
          ×
        </button>
      </header>
      <h3>Sectors</h3>
      <ToggleChips
        label="Sectors"
        options={SECTORS}
        chosen={filters.sectors}
        onChange={(sectors) => onChange({ ...filters, sectors })}
        render={(s) => (
          <>
            <span className="sector-dot" style={{ background: SECTOR_COLOURS[s] }} aria-hidden />
            {SECTOR_LABELS[s]}
          </>
        )}
      />
      <h3>Degree of integration</h3>
      <ToggleChips
        label="Degrees of integration"
        options={INTEGRATION_DEGREES}
        chosen={filters.degrees}
        onChange={(degrees) => onChange({ ...filters, degrees })}
        render={(d) => INTEGRATION_LABELS[d]}
      />
      <h3>Currencies</h3>
      <ToggleChips
        label="Currencies"
        options={CURRENCIES}
        chosen={filters.currencies}
        onChange={(currencies) => onChange({ ...filters, currencies })}
        render={(c) => CURRENCY_LABELS[c]}
      />
    </section>
  );
}
