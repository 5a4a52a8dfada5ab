import type { Board } from '../model/board.ts';
import type { Partnership } from '../model/partnership.ts';
import { networkOf, type NetworkFigures } from './network.ts';

/** A partnership's figures among its members, to set beside its structural model. */
export interface PartnershipNetwork {
  partnership: Partnership;
  figures: NetworkFigures;
}

/**
 * The same figures as for the board, taken among each partnership's members only (a "separate
 * organisation" whose members barely exchange anything is worth a question). Members no longer
 * on the board are left out.
 */
export function partnershipNetworks(board: Board): PartnershipNetwork[] {
  const onBoard = new Set(board.agencies.map((a) => a.id));
  return board.partnerships.map((partnership) => {
    const members = [...new Set(partnership.memberIds)].filter((m) => onBoard.has(m));
    return { partnership, figures: networkOf(members, board.relationships, board.exchanges).figures };
  });
}
