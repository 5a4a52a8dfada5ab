import type { Board } from '../model/board.ts';
import { exchangesBySide } from '../model/exchange.ts';
import { sidesDisagree } from '../model/sides.ts';
import { currencyFlows, type CurrencyFlows } from './currencies.ts';
import { exchangeCounts, flowOf, unvaluedExchanges, type Flow } from './flows.ts';
import { countedExchanges, countedRelationships } from './graphs.ts';
import { networkOf, type NetworkFigures } from './network.ts';
import { partnershipNetworks } from './partnerships.ts';

export interface AgencyAnalysis {
  id: string;
  name: string;
  degree: number;
  betweenness: number;
  exchangesGiven: number;
  exchangesReceived: number;
}

export interface RelationshipAnalysis {
  id: string;
  flow: Flow;
  disagreement: boolean;
}

export interface PartnershipAnalysis {
  id: string;
  members: number;
  density: number;
  meanIntegration: number | null;
}

/** What GET /api/boards/<id>/analysis.json answers, and what the views read. */
export interface BoardAnalysis {
  network: NetworkFigures;
  agencies: AgencyAnalysis[];
  relationships: RelationshipAnalysis[];
  currencies: CurrencyFlows[];
  /** Ids of exchanges the receiving agency does not value. */
  unvalued: string[];
  partnerships: PartnershipAnalysis[];
}

/**
 * Every measure of a board, from the plain board readBoard gives. Relationships with an agency
 * not on the board, of an agency with itself, or repeating a pair, are not counted.
 */
export function analyseBoard(board: Board): BoardAnalysis {
  const agencyIds = board.agencies.map((a) => a.id);
  const onBoard = new Set(agencyIds);
  const relationships = countedRelationships(onBoard, board.relationships);
  const exchanges = countedExchanges(onBoard, board.exchanges);
  const network = networkOf(agencyIds, relationships, exchanges);
  const counts = exchangeCounts(exchanges);
  const sidesOf = exchangesBySide({ exchanges });
  return {
    network: network.figures,
    agencies: board.agencies.map((a) => ({
      id: a.id,
      name: a.name,
      degree: network.degree.get(a.id) ?? 0,
      betweenness: network.betweenness.get(a.id) ?? 0,
      exchangesGiven: counts.get(a.id)?.given ?? 0,
      exchangesReceived: counts.get(a.id)?.received ?? 0,
    })),
    relationships: relationships.map((r) => ({ id: r.id, flow: flowOf(sidesOf(r)), disagreement: sidesDisagree(r) })),
    currencies: currencyFlows(exchanges),
    unvalued: unvaluedExchanges(board.agencies, exchanges).map((e) => e.id),
    partnerships: partnershipNetworks(board).map(({ partnership, figures }) => ({
      id: partnership.id,
      members: figures.agencies,
      density: figures.density,
      meanIntegration: figures.meanIntegration,
    })),
  };
}
