import { describe, expect, it } from 'vitest';
import { createGoal } from '../model/goal.ts';
import { analyseBoard } from './analyseBoard.ts';
import { whatServesGoals } from './goals.ts';
import { partnershipNetworks } from './partnerships.ts';
import { at, boardOf } from './fixtures/boards.ts';

const board = boardOf({
  agencies: ['hub', 'a', 'b', 'c'],
  relationships: [['hub', 'a', at(1)], ['hub', 'b', at(2)], ['a', 'c', at(4)]],
  exchanges: [['hub', 'a', 'staff-time'], ['a', 'hub', 'referrals'], ['a', 'c', 'money']],
  partnerships: { trio: ['hub', 'a', 'b'], apart: ['b', 'c'], ghostly: ['a', 'ghost'] },
});

describe('partnership measures among their members', () => {
  it('counts only relationships between members: density, mean integration, members', () => {
    expect(analyseBoard(board).partnerships).toEqual([
      // hub–a and hub–b of the 3 possible; a–c reaches outside.
      { id: 'trio', members: 3, density: 2 / 3, meanIntegration: 1.5 },
      { id: 'apart', members: 2, density: 0, meanIntegration: null },
      // an agency no longer on the board is not a member.
      { id: 'ghostly', members: 1, density: 0, meanIntegration: null },
    ]);
  });

  it("gives the board's other figures among the members too, beside the structural model", () => {
    const trio = partnershipNetworks(board).find((p) => p.partnership.id === 'trio');
    expect(trio?.partnership.model).toBe('steering-group');
    expect(trio?.figures).toMatchObject({
      components: 1,
      isolates: [],
      // hub has degree 2, a and b 1: Σ = 2 over 2·1; hub is between a and b: betweenness 1, Σ = 2 over 2.
      degreeCentralization: 1,
      betweennessCentralization: 1,
      // staff time and referrals go both ways between hub and a; money to c is outside.
      exchangeReciprocity: 1,
    });
  });
});

describe('what serves each goal', () => {
  it('lists the relationships and partnerships linked to each goal', () => {
    const linked = {
      ...board,
      goals: [createGoal('home', 'People live at home for longer'), createGoal('work', 'People find work')],
      relationships: board.relationships.map((r) => (r.id === 'hub-a' ? { ...r, goalIds: ['home'] } : r)),
      partnerships: board.partnerships.map((p) => (p.id === 'trio' ? { ...p, goalIds: ['home', 'work'] } : p)),
    };
    expect(whatServesGoals(linked).map((g) => [g.goal.id, g.relationshipIds, g.partnershipIds])).toEqual([
      ['home', ['hub-a'], ['trio']],
      ['work', [], ['trio']],
    ]);
  });
});
