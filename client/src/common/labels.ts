import type { Trust } from '@partnermap/shared/model';

/** Plain words for the trust scale, which the shared model labels but does not explain. */
export const TRUST_MEANINGS: Record<Trust, string> = {
  unknown: 'not yet discussed',
  low: 'little trust so far; exchanges are checked closely',
  moderate: 'some trust, built through a few fair exchanges',
  high: 'trust built through repeated, freely entered exchanges',
};

/** What an agency is called on screen, before someone has named it. */
export function agencyName(agency: { name: string } | undefined): string {
  return agency?.name || 'Unnamed agency';
}

/** Agency names by id for a whole board, looked up once rather than searched per use. */
export function agencyNames(board: { agencies: readonly { id: string; name: string }[] }): (id: string) => string {
  const byId = new Map(board.agencies.map((a) => [a.id, a]));
  return (id) => agencyName(byId.get(id));
}
