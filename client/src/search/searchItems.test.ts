import { describe, expect, it } from 'vitest';
import { createGoal } from '@partnermap/shared/model';
import { boardOf } from '@partnermap/shared/analysis/fixtures/boards.ts';
import { agenciesOf, initialsOf, searchItems } from './searchItems.ts';
import { rankItems } from './ranking.ts';

const board = {
  ...boardOf({ agencies: ['a', 'b', 'c'], relationships: [['a', 'b', { goalIds: ['g'] }]], partnerships: { p: ['b', 'c', 'gone'] } }),
  goals: [createGoal('g', 'People leave hospital on time')],
};
board.agencies[0]!.name = 'Adult Social Care';

describe('what search finds on a board', () => {
  it('names agencies, relationships ("A – B"), partnerships and goals as the map does', () => {
    expect(searchItems(board).map((i) => `${i.kind}: ${i.label}`)).toEqual([
      'agency: Adult Social Care',
      'agency: Agency b',
      'agency: Agency c',
      'relationship: Adult Social Care – Agency b',
      'partnership: Unnamed partnership',
      'goal: People leave hospital on time',
    ]);
  });

  it('finds an agency by its initials and its sector', () => {
    expect(initialsOf('Adult Social Care')).toBe('ASC');
    expect(initialsOf('Hospice')).toBe('');
    expect(rankItems(searchItems(board), 'asc')[0]?.item.id).toBe('a');
  });

  it('shows an item by the agencies on the board it concerns; a goal by what serves it', () => {
    expect(agenciesOf(board, { kind: 'agency', id: 'a' })).toEqual(['a']);
    expect(agenciesOf(board, { kind: 'relationship', id: 'a-b' })).toEqual(['a', 'b']);
    expect(agenciesOf(board, { kind: 'partnership', id: 'p' })).toEqual(['b', 'c']);
    expect(agenciesOf(board, { kind: 'goal', id: 'g' })).toEqual(['a', 'b']);
  });
});
