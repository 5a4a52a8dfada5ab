import type { BoardProblem } from '@partnermap/shared/doc';

const ENTRY_NOUNS: Record<BoardProblem['entity'], string> = {
  agencies: 'Agency',
  relationships: 'Relationship',
  exchanges: 'Exchange',
  partnerships: 'Partnership',
  goals: 'Goal',
  meta: 'Board setting',
};

export interface ProblemsSummary {
  /** What to say on the board, or nothing when there is nothing to say. */
  headline: string | undefined;
  /** One line per fault, for whoever wants to know which and why. */
  details: string[];
}

/**
 * What the board says about entries it could not read. Leftovers of a colleague's removal (a
 * relationship whose agency was deleted meanwhile) and merged duplicates are what removing and
 * connecting mean, not faults, so they are not counted. A board saved by a newer Partnermap (a
 * page left open across an upgrade) says to reload, which is what mends it.
 */
export function summariseProblems(problems: readonly BoardProblem[], { newer = false } = {}): ProblemsSummary {
  const unreadable = problems.filter((p) => p.kind === 'unreadable');
  const entries = new Set(unreadable.filter((p) => p.entity !== 'meta').map((p) => `${p.entity}/${p.id}`)).size;
  const settings = unreadable.some((p) => p.entity === 'meta' && !(newer && p.id === 'schemaVersion'));
  const sentences = [
    newer && 'This board was saved by a newer version of Partnermap: reload the page to see all of it.',
    entries === 1 && '1 entry on this board could not be read and is set aside.',
    entries > 1 && `${entries} entries on this board could not be read and are set aside.`,
    settings && 'Some of the board’s settings could not be read, so defaults are shown.',
  ].filter((s): s is string => typeof s === 'string');
  return {
    headline: sentences.length ? sentences.join(' ') : undefined,
    details: unreadable.map((p) => `${ENTRY_NOUNS[p.entity]} ${p.id}: ${p.message}`),
  };
}
