import { INTEGRATION_DEGREES, INTEGRATION_LABELS, INTEGRATION_MEANINGS } from '@partnermap/shared/model';
import { useMemo } from 'react';
import { useBoardContext } from '../../app/BoardContext.ts';
import type { ViewProps } from '../BoardViews.tsx';
import { EmptyView } from '../EmptyView.tsx';
import { DisagreementMark } from '../sides/DisagreementMark.tsx';
import { MATRIX_ROWS, cellKey, matrixCells } from './matrixCells.ts';

/**
 * The integration matrix (after Glasby & Peck): relationships by degree of integration across,
 * direction and level down, so a team can ask "is this the right place for our aims?". It reads
 * the live board, so a degree changed anywhere moves its point for everyone.
 */
export function MatrixView({ selection, select }: ViewProps) {
  const { board } = useBoardContext();
  const cells = useMemo(() => matrixCells(board), [board]);
  if (board.relationships.length === 0) {
    return (
      <div className="view-scroll">
        <EmptyView title="No relationships yet">
          Connect two agencies on the map. Each relationship then appears here by its degree of integration, its
          direction and its level.
        </EmptyView>
      </div>
    );
  }
  return (
    <div className="view-scroll" data-testid="matrix-view">
      <div className="view-head">
        <h2>Integration matrix</h2>
        <p className="hint">
          Each relationship by its degree of integration (across) and its direction and level (down). Is each in the
          right place for our aims? Choose one to open it in the inspector.
        </p>
      </div>
      <table className="matrix">
        <thead>
          <tr>
            <td />
            {INTEGRATION_DEGREES.map((d) => (
              <th key={d} scope="col">
                <span className="matrix__degree">
                  {d} {INTEGRATION_LABELS[d]}
                </span>
                <span className="matrix__meaning">{INTEGRATION_MEANINGS[d]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MATRIX_ROWS.map((row) => (
            <tr key={row.label} className={`matrix__row--${row.direction}`}>
              <th scope="row">{row.label}</th>
              {INTEGRATION_DEGREES.map((d) => (
                <td key={d} data-testid="matrix-cell" data-direction={row.direction} data-level={row.level} data-degree={d}>
                  <ul className="matrix__points">
                    {(cells.get(cellKey(row.direction, row.level, d)) ?? []).map((p) => {
                      const chosen = selection.relationshipIds.includes(p.relationshipId);
                      return (
                        <li key={p.relationshipId}>
                          <button
                            type="button"
                            className="matrix-point"
                            aria-pressed={chosen}
                            data-testid="matrix-point"
                            data-relationship={p.relationshipId}
                            onClick={() => select({ relationshipIds: [p.relationshipId] })}
                          >
                            <span className="matrix-point__dot" aria-hidden />
                            <span>{p.label}</span>
                            {p.disagreement && <DisagreementMark />}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="view-key">
        <span className="matrix-point__dot" aria-hidden /> a relationship{' '}
        <span className="matrix-point__dot is-chosen" aria-hidden /> the one selected <DisagreementMark /> the two sides
        see it differently
      </p>
    </div>
  );
}
