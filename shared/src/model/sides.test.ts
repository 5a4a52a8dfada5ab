import { describe, expect, it } from 'vitest';
import { createRelationship, type Integration, type Trust } from './relationship.ts';
import { disagreementOf, sideViewOf, sidesDisagree } from './sides.ts';

describe("disagreement between the two sides' views", () => {
  it.each([
    [null, null, 'unknown', 'unknown', { integration: false, trust: false }],
    [1, 3, 'unknown', 'unknown', { integration: true, trust: false }],
    [4, 1, 'unknown', 'unknown', { integration: true, trust: false }],
    [2, 3, 'unknown', 'unknown', { integration: false, trust: false }],
    [4, null, 'unknown', 'unknown', { integration: false, trust: false }],
    [null, null, 'low', 'high', { integration: false, trust: true }],
    [null, null, 'high', 'moderate', { integration: false, trust: false }],
    [null, null, 'unknown', 'high', { integration: false, trust: false }],
    [1, 4, 'high', 'low', { integration: true, trust: true }],
  ] as const)('integration %s vs %s, trust %s vs %s', (fromSource, fromTarget, trustS, trustT, expected) => {
    const rel = createRelationship('r', 'a', 'b', {
      integrationFromSource: fromSource as Integration | null,
      integrationFromTarget: fromTarget as Integration | null,
      trustFromSource: trustS as Trust,
      trustFromTarget: trustT as Trust,
    });
    expect(disagreementOf(rel)).toEqual(expected);
    expect(sidesDisagree(rel)).toBe(expected.integration || expected.trust);
  });

  it("gives each agency its own side's view, and none to an agency outside the relationship", () => {
    const rel = createRelationship('r', 'a', 'b', { integration: 3, integrationFromTarget: 1, trustFromSource: 'high' });
    expect(sideViewOf(rel, 'a')).toEqual({ integration: null, trust: 'high' });
    expect(sideViewOf(rel, 'b')).toEqual({ integration: 1, trust: 'unknown' });
    expect(sideViewOf(rel, 'c')).toBeUndefined();
  });
});
