import { describe, expect, it } from 'vitest';
import { createExchange, createRelationship } from '@partnermap/shared/model';
import { listInWords, relationshipLabel } from './relationshipLabel.ts';

const names: Record<string, string> = { gp: 'Riverside GP', asc: 'Adult Social Care' };
const nameOf = (id: string) => names[id] ?? 'Unnamed agency';
const r = createRelationship('r', 'gp', 'asc', { integration: 3 });
const give = (id: string, from: string, to: string, currency: 'referrals' | 'staff-time' | 'information') =>
  createExchange(id, { relationshipId: 'r', from, to, currency, description: '' });

describe('relationshipLabel', () => {
  it('says the degree and each exchange with its direction', () => {
    const forward = [give('x1', 'gp', 'asc', 'referrals'), give('x2', 'gp', 'asc', 'information')];
    const backward = [give('x3', 'asc', 'gp', 'staff-time')];
    expect(relationshipLabel(r, { forward, backward }, nameOf)).toBe(
      'Relationship between Riverside GP and Adult Social Care: Collaboration. ' +
        'Riverside GP gives Adult Social Care referrals and information and data. ' +
        'Adult Social Care gives Riverside GP staff time.',
    );
  });

  it('names a one-way relationship and one with no exchanges', () => {
    expect(relationshipLabel(r, { forward: [give('x1', 'gp', 'asc', 'referrals')], backward: [] }, nameOf)).toBe(
      'Relationship between Riverside GP and Adult Social Care: Collaboration. Riverside GP gives Adult Social Care referrals. One-way.',
    );
    expect(relationshipLabel(r, { forward: [], backward: [] }, nameOf)).toBe(
      'Relationship between Riverside GP and Adult Social Care: Collaboration. No exchanges recorded.',
    );
  });

  it('says each currency once', () => {
    const twice = [give('x1', 'asc', 'gp', 'referrals'), give('x2', 'asc', 'gp', 'referrals')];
    expect(relationshipLabel(r, { forward: [], backward: twice }, nameOf)).toContain('Adult Social Care gives Riverside GP referrals.');
  });
});

describe('listInWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['money'])).toBe('money');
    expect(listInWords(['money', 'beds'])).toBe('money and beds');
    expect(listInWords(['money', 'beds', 'training'])).toBe('money, beds and training');
  });
});
