import { INTEGRATION_DEGREES, INTEGRATION_LABELS, SECTORS, SECTOR_LABELS, type Board } from '@partnermap/shared/model';
import { INTEGRATION_STROKE, SECTOR_COLOURS } from '../palette.ts';

/** What the colours, lines and labels mean. Lists the sectors on the board (all of them on an empty one). */
export function Legend({ board }: { board: Board }) {
  const used = new Set(board.agencies.map((a) => a.sector));
  const sectors = used.size ? SECTORS.filter((s) => used.has(s)) : SECTORS;
  return (
    <details className="legend panel" open data-testid="legend">
      <summary>Legend</summary>
      <div className="legend__group">
        <h4>Sectors</h4>
        <ul>
          {sectors.map((s) => (
            <li key={s}>
              <span className="legend__swatch" style={{ background: SECTOR_COLOURS[s] }} aria-hidden />
              {SECTOR_LABELS[s]}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend__group">
        <h4>Degree of integration</h4>
        <ul>
          {INTEGRATION_DEGREES.map((d) => (
            <li key={d}>
              <svg width="44" height="10" aria-hidden>
                <line
                  x1="3"
                  y1="5"
                  x2="41"
                  y2="5"
                  stroke="#334155"
                  strokeLinecap="round"
                  strokeWidth={INTEGRATION_STROKE[d].width}
                  strokeDasharray={INTEGRATION_STROKE[d].dash}
                />
              </svg>
              {INTEGRATION_LABELS[d]}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend__group">
        <h4>Exchanges</h4>
        <ul>
          <li>
            <span className="flow-label flow-label--static">→ Referrals</span> flows this way
          </li>
          <li>
            <span className="flow-label flow-label--static is-one-way">
              → Money <span className="flow-label__warn">one-way</span>
            </span>
          </li>
          <li>
            <span className="legend__outline" aria-hidden /> Partnership
          </li>
        </ul>
      </div>
    </details>
  );
}
