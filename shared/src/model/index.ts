export * from './agency.ts';
export * from './board.ts';
export * from './currency.ts';
export * from './exchange.ts';
export * from './goal.ts';
export * from './partnership.ts';
export * from './relationship.ts';
export * from './sector.ts';
