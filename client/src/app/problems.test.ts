import { describe, expect, it } from 'vitest';
import type { BoardProblem } from '@partnermap/shared/doc';
import { summariseProblems } from './problems.ts';

const odd = (entity: BoardProblem['entity'], id: string, kind: BoardProblem['kind'] = 'unreadable'): BoardProblem => ({
  entity,
  id,
  kind,
  message: 'expected an entry of fields, found text',
});

describe('summariseProblems', () => {
  it('on a board saved by a newer Partnermap, says to reload rather than that its version could not be read', () => {
    const newer = { ...odd('meta', 'schemaVersion'), message: '4 is newer than this version of Partnermap knows (3)' };
    expect(summariseProblems([newer, odd('relationships', 'r')], { newer: true }).headline).toBe(
      'This board was saved by a newer version of Partnermap: reload the page to see all of it. 1 entry on this board could not be read and is set aside.',
    );
    expect(summariseProblems([], { newer: true }).headline).toBe('This board was saved by a newer version of Partnermap: reload the page to see all of it.');
  });

  it.each<[string, BoardProblem[], string | undefined]>([
    ['nothing wrong', [], undefined],
    ['one unreadable agency', [odd('agencies', 'a')], '1 entry on this board could not be read and is set aside.'],
    [
      'two unreadable entries',
      [odd('agencies', 'a'), odd('relationships', 'r')],
      '2 entries on this board could not be read and are set aside.',
    ],
    [
      'leftovers of a colleague’s removal and a merged duplicate only',
      [odd('relationships', 'r', 'dangling'), odd('partnerships', 'p', 'dangling'), odd('relationships', 'd', 'duplicate')],
      undefined,
    ],
    ['an unreadable title', [odd('meta', 'title')], 'Some of the board’s settings could not be read, so defaults are shown.'],
    [
      'both',
      [odd('goals', 'g'), odd('meta', 'schemaVersion'), odd('exchanges', 'x', 'dangling')],
      '1 entry on this board could not be read and is set aside. Some of the board’s settings could not be read, so defaults are shown.',
    ],
  ])('%s', (_label, problems, headline) => {
    expect(summariseProblems(problems).headline).toBe(headline);
  });

  it('names each unreadable entry with its kind, id and fault', () => {
    expect(summariseProblems([odd('agencies', 'a'), odd('exchanges', 'x', 'dangling')]).details).toEqual([
      'Agency a: expected an entry of fields, found text',
    ]);
  });
});
