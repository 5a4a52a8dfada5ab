import { memo, useMemo } from 'react';
import { agencyName, type Agency } from '@partnermap/shared/model';

/** The options of an agency dropdown, drawn again only when the agencies listed or their names change. */
export function AgencyOptions({ agencies }: { agencies: readonly Agency[] }) {
  // A board of thousands changes many times a second (a drag, a colleague); what the list shows rarely does.
  const listed = JSON.stringify(agencies.map((a) => [a.id, agencyName(a)]));
  const entries = useMemo(() => JSON.parse(listed) as [string, string][], [listed]);
  return <OptionList entries={entries} />;
}

const OptionList = memo(function OptionList({ entries }: { entries: [string, string][] }) {
  return entries.map(([id, name]) => (
    <option key={id} value={id}>
      {name}
    </option>
  ));
});
