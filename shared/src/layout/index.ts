/** Where agencies go: a tidy arrangement of the whole map, and a free place for a new agency. */
export { DEFAULT_CARD, TIDY_GAP, tidyLayout } from './tidy.ts';
export { freeSpot } from './freeSpot.ts';
