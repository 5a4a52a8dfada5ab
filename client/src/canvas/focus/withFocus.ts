import type { Lit } from '../filters.ts';

/** What a focus keeps lit (the analysis module's Reach, without importing it on first paint). */
export interface FocusReach {
  agencies: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

/** The filters' lit set narrowed to the focus: lit only when both keep it lit. No focus, no change. */
export function withFocus(lit: Lit, reach: FocusReach | undefined): Lit {
  if (!reach) return lit;
  return {
    agencies: new Set([...lit.agencies].filter((id) => reach.agencies.has(id))),
    relationships: new Set([...lit.relationships].filter((id) => reach.relationships.has(id))),
  };
}
