import { describe, expect, it } from 'vitest';
import { MissingEntityError, ReadOnlyBoardError } from '@partnermap/shared/doc';
import { softFailure } from './useAttempt.ts';

describe('softFailure', () => {
  it.each<[string, unknown, string | undefined]>([
    [
      'an agency a colleague removed',
      new MissingEntityError('agencies', 'a1'),
      'That agency is no longer on the board: a colleague may have just removed it. Nothing was changed.',
    ],
    [
      'a relationship a colleague removed',
      new MissingEntityError('relationships', 'r1'),
      'That relationship is no longer on the board: a colleague may have just removed it. Nothing was changed.',
    ],
    ['an edit on a view-only link', new ReadOnlyBoardError(), 'This link is view-only, so the board cannot be changed from here.'],
    ['a fault', new TypeError('x is undefined'), undefined],
  ])('%s', (_label, error, words) => {
    expect(softFailure(error)).toBe(words);
  });
});
