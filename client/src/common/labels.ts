import type { Trust } from '@partnermap/shared/model';

/** Plain words for the trust scale, which the shared model labels but does not explain. */
export const TRUST_MEANINGS: Record<Trust, string> = {
  unknown: 'not yet discussed',
  low: 'little trust so far; exchanges are checked closely',
  moderate: 'some trust, built through a few fair exchanges',
  high: 'trust built through repeated, freely entered exchanges',
};
