import { z } from 'zod';

/** A shared goal, phrased as an outcome for people who use services. */
export const GoalSchema = z.object({
  id: z.string().min(1),
  outcome: z.string().max(2000),
});
export type Goal = z.infer<typeof GoalSchema>;

export function createGoal(id: string, outcome: string): Goal {
  return GoalSchema.parse({ id, outcome });
}
