import type { BoardProblem } from '../../../shared/src/index.ts';

const ENTRY_NOUNS: Record<BoardProblem['entity'], string> = {
  agencies: 'Agency',
  relationships: 'Relationship',
  exchanges: 'Exchange',
  partnerships: 'Partnership',
  goals: 'Goal',
  meta: 'Board setting',
};

/** One line per problem, for the person who wants to know which entries and why. */
function describeProblem(p: BoardProblem): string {
  return `${ENTRY_NOUNS[p.entity]} ${p.id}: ${p.message}`;
}

/**
 * Says, on the board, how many entries could not be read and were set aside (a faulty or newer
 * app wrote them), so that nobody takes the map for complete. Leftovers of a colleague's removal
 * (a relationship whose agency was deleted meanwhile) are not faults and are not counted.
 */
export function ProblemsNotice({ problems }: { problems: readonly BoardProblem[] }) {
  const unreadable = problems.filter((p) => p.kind === 'unreadable');
  if (unreadable.length === 0) return null;
  const entries = new Set(unreadable.filter((p) => p.entity !== 'meta').map((p) => `${p.entity}/${p.id}`)).size;
  const settings = unreadable.length - unreadable.filter((p) => p.entity !== 'meta').length;
  const sentences = [
    entries === 1 && '1 entry on this board could not be read and is set aside.',
    entries > 1 && `${entries} entries on this board could not be read and are set aside.`,
    settings > 0 && 'Some of the board’s settings could not be read, so defaults are shown.',
  ].filter(Boolean);
  return (
    <div className="problems-notice" role="status" data-testid="problems-notice">
      <span className="problems-notice__icon" aria-hidden>
        !
      </span>
      <div>
        <p>
          {sentences.join(' ')} The rest of the board is shown as usual; what was set aside is not changed, shown or
          exported.
        </p>
        <details>
          <summary>Which, and why</summary>
          <ul>
            {unreadable.map((p) => (
              <li key={`${p.entity}/${p.id}`}>{describeProblem(p)}</li>
            ))}
          </ul>
        </details>
      </div>
    </div>
  );
}
