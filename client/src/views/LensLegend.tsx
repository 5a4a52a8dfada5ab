import { useMemo } from 'react';
import { CURRENCY_LABELS, sidesDisagree, type Board } from '@partnermap/shared/model';
import { useMapLens } from './mapLens.ts';
import { DisagreementMark } from './sides/DisagreementMark.tsx';

/** The legend's lines for what the views add to the map: the disagreement mark, one currency's arrows, sizes. */
export function LensLegend({ board }: { board: Board }) {
  const { currency, sizeBy } = useMapLens();
  // A colleague's move leaves the relationships as they were: no walk through all of them again.
  const disagree = useMemo(() => board.relationships.some(sidesDisagree), [board.relationships]);
  if (!disagree && !currency && !sizeBy) return null;
  return (
    <div className="legend__group">
      <h2>Marks</h2>
      <ul>
        {disagree && (
          <li>
            <DisagreementMark /> the two sides disagree
          </li>
        )}
        {currency && (
          <li>
            <svg width="30" height="10" aria-hidden>
              <line x1="2" y1="5" x2="22" y2="5" stroke="#334155" strokeWidth="2" />
              <path d="M20 1L28 5L20 9z" style={{ fill: 'var(--accent)' }} />
            </svg>
            {CURRENCY_LABELS[currency]} flows this way
          </li>
        )}
        {sizeBy && <li>Larger agencies: {sizeBy === 'degree' ? 'more relationships' : 'more often the go-between'}</li>}
      </ul>
    </div>
  );
}
