import { MEASURES } from '@partnermap/shared/analysis';
import type { MeasureChange } from '@partnermap/shared/history';

const figure = (n: number | null) => (n === null ? 'none' : n.toFixed(2));

function change(n: number | null): string {
  if (n === null) return 'not comparable';
  if (Math.abs(n) < 0.005) return 'no change';
  return `${n > 0 ? '▲ up' : '▼ down'} ${Math.abs(n).toFixed(2)}`;
}

/** The network's measures at both moments, with their change in words as well as arrows. */
export function MeasuresTable({ measures, fromLabel, toLabel }: { measures: MeasureChange[]; fromLabel: string; toLabel: string }) {
  return (
    <table className="versions-measures">
      <caption>Measures</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">{fromLabel}</th>
          <th scope="col">{toLabel}</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((m) => (
          <tr key={m.measure} data-measure={m.measure}>
            <th scope="row" title={MEASURES[m.measure].meaning}>{MEASURES[m.measure].label}</th>
            <td>{figure(m.from)}</td>
            <td>{figure(m.to)}</td>
            <td>{change(m.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
