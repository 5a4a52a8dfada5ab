/** Change over time: what differs between two moments of a board. measures.ts loads the analysis (graphology). */
export { diffBoards, isEmptyDiff, type BoardDiff, type ChangedEntity, type ChangedRelationship, type EntityChanges } from './diff.ts';
export { COMPARED_MEASURES, compareMeasures, type ComparedMeasure, type MeasureChange } from './measures.ts';
