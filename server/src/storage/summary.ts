import type { Board } from '@partnermap/shared/model';
import type { BoardSummary } from './store.ts';

/** What the home page lists of a board: its title, first goal and size. */
export function summaryOf(board: Board): BoardSummary {
  return { title: board.meta.title, goal: board.goals[0]?.outcome ?? '', agencies: board.agencies.length };
}
