import { describe, expect, it } from 'vitest';
import { createRelationship, disagreementOf } from '@partnermap/shared/model';
import { sidesSentence } from './sidesSentence.ts';

const names: Record<string, string> = { gp: 'Riverside GP', asc: 'Adult Social Care' };
const nameOf = (id: string) => names[id] ?? id;

describe("the sentence for two sides' differing views", () => {
  it('gives both ratings of integration', () => {
    const r = createRelationship('r', 'gp', 'asc', { integrationFromSource: 1, integrationFromTarget: 3 });
    expect(sidesSentence(r, disagreementOf(r), nameOf)).toBe(
      'The two sides see this differently: Riverside GP rates it communication, Adult Social Care collaboration. Worth talking through together.',
    );
  });

  it('gives both trusts, and both kinds together', () => {
    const r = createRelationship('r', 'gp', 'asc', {
      integrationFromSource: 4,
      integrationFromTarget: 2,
      trustFromSource: 'low',
      trustFromTarget: 'high',
    });
    expect(sidesSentence(r, disagreementOf(r), nameOf)).toBe(
      "The two sides see this differently: Riverside GP rates it integration, Adult Social Care co-ordination; Riverside GP's trust is low, Adult Social Care's high. Worth talking through together.",
    );
  });
});
