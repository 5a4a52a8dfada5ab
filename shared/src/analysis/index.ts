/** The measures (graphology) are imported from here, not from shared/src/index.ts, so the map page does not load them until a view needs them. */
export { analyseBoard, type AgencyAnalysis, type BoardAnalysis, type PartnershipAnalysis, type RelationshipAnalysis } from './analyseBoard.ts';
export { currencyFlows, type CurrencyCarrier, type CurrencyFlows } from './currencies.ts';
export { FLOWS, FLOW_LABELS, FLOW_MEANINGS, exchangeCounts, exchangeReciprocity, flowOf, unvaluedExchanges, type Flow } from './flows.ts';
export { whatServesGoals, type GoalServed } from './goals.ts';
export { MEASURES, type MeasureId } from './meanings.ts';
export { networkOf, type Network, type NetworkFigures } from './network.ts';
export { partnershipNetworks, type PartnershipNetwork } from './partnerships.ts';
export { neighbourhood, shortestRoutes, type Reach, type Routes } from './routes.ts';
