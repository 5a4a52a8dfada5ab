import {
  TRUST_STEPS,
  type Integration,
  type Relationship,
  type Trust,
} from './relationship.ts';

/** One side's view of a relationship: its own rating of the degree of integration, and its trust. */
export interface SideView {
  integration: Integration | null;
  trust: Trust;
}

/** The view held by one of the relationship's two agencies; undefined for any other agency. */
export function sideViewOf(rel: Relationship, agencyId: string): SideView | undefined {
  if (agencyId === rel.source) return { integration: rel.integrationFromSource, trust: rel.trustFromSource };
  if (agencyId === rel.target) return { integration: rel.integrationFromTarget, trust: rel.trustFromTarget };
  return undefined;
}

/** Two ratings this many steps apart or more are a disagreement worth raising with both sides. */
export const DISAGREEMENT_STEPS = 2;

export interface Disagreement {
  /** The two sides' own ratings of the degree of integration are two steps or more apart. */
  integration: boolean;
  /** The two sides' trust in each other is two steps or more apart (low against high). */
  trust: boolean;
}

/**
 * Where the two sides see their relationship differently. A side that has not rated it (or
 * whose trust is not known) cannot disagree.
 */
export function disagreementOf(
  rel: Pick<Relationship, 'integrationFromSource' | 'integrationFromTarget' | 'trustFromSource' | 'trustFromTarget'>,
): Disagreement {
  return {
    integration: apart(rel.integrationFromSource, rel.integrationFromTarget),
    trust: apart(TRUST_STEPS[rel.trustFromSource], TRUST_STEPS[rel.trustFromTarget]),
  };
}

/** Whether the two sides disagree on integration or on trust: the edge is marked. */
export function sidesDisagree(rel: Parameters<typeof disagreementOf>[0]): boolean {
  const d = disagreementOf(rel);
  return d.integration || d.trust;
}

function apart(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) >= DISAGREEMENT_STEPS;
}
