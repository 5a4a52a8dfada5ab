import type { BoardAnalysis, MEASURES as Measures } from '@partnermap/shared/analysis';
import type { Selection } from '../../selection/selection.ts';
import { decimal } from '../parts.tsx';

interface Props {
  analysis: BoardAnalysis;
  measures: typeof Measures;
  selection: Selection;
  select: (s: Partial<Selection>) => void;
}

const COLUMNS = ['degree', 'betweenness', 'exchangesGiven', 'exchangesReceived'] as const;

/** Each agency's figures, the most go-between first; a name opens the agency in the inspector. */
export function AgencyTable({ analysis, measures, selection, select }: Props) {
  const rows = [...analysis.agencies].sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree);
  return (
    <section className="view-card panel" aria-labelledby="measures-agencies">
      <h3 id="measures-agencies">Each agency</h3>
      <table className="figures" data-testid="agency-figures">
        <thead>
          <tr>
            <th scope="col">Agency</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" title={measures[c].meaning}>
                {measures[c].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className={selection.agencyIds.includes(a.id) ? 'is-selected' : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => select({ agencyIds: [a.id] })}>
                  {a.name || 'Unnamed agency'}
                </button>
              </th>
              {COLUMNS.map((c) => (
                <td key={c}>{decimal(a[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="meanings">
        {COLUMNS.map((c) => (
          <div key={c}>
            <dt>{measures[c].label}</dt>
            <dd>{measures[c].meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
