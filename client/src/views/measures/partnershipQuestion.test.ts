import { describe, expect, it } from 'vitest';
import { createExchange, createPartnership } from '@partnermap/shared/model';
import { exchangesAmong, partnershipQuestion } from './partnershipQuestion.ts';

const give = (id: string, from: string, to: string) =>
  createExchange(id, { relationshipId: 'r', from, to, currency: 'staff-time', description: '' });

describe('the question beside a partnership', () => {
  const members = ['a', 'b', 'c'];

  it('counts only exchanges between members', () => {
    expect(exchangesAmong(members, [give('1', 'a', 'b'), give('2', 'a', 'z')])).toBe(1);
  });

  it('asks about a separate organisation whose members barely exchange anything', () => {
    const p = createPartnership('p', members, { model: 'separate-organisation' });
    expect(partnershipQuestion(p, [give('1', 'a', 'b')])).toMatch(/^A separate organisation/);
    expect(partnershipQuestion(p, [give('1', 'a', 'b'), give('2', 'b', 'c'), give('3', 'c', 'a')])).toBeUndefined();
  });

  it('asks nothing of a steering group that exchanges little', () => {
    expect(partnershipQuestion(createPartnership('p', members), [])).toBeUndefined();
  });
});
