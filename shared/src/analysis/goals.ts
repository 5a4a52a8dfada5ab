import type { Board } from '../model/board.ts';
import type { Goal } from '../model/goal.ts';

/** A goal and what on the board serves it. */
export interface GoalServed {
  goal: Goal;
  relationshipIds: string[];
  partnershipIds: string[];
}

/** For each goal, in board order, the relationships and partnerships linked to it. */
export function whatServesGoals(board: Board): GoalServed[] {
  return board.goals.map((goal) => ({
    goal,
    relationshipIds: board.relationships.filter((r) => r.goalIds.includes(goal.id)).map((r) => r.id),
    partnershipIds: board.partnerships.filter((p) => p.goalIds.includes(goal.id)).map((p) => p.id),
  }));
}
