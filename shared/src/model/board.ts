import { z } from 'zod';
import { AgencySchema } from './agency.ts';
import { ExchangeSchema } from './exchange.ts';
import { GoalSchema } from './goal.ts';
import { PartnershipSchema } from './partnership.ts';
import { RelationshipSchema } from './relationship.ts';

/** The review questions a team answers on the board (DOMAIN.md: Views). */
export const REVIEW_QUESTIONS = [
  { id: 'goal', text: 'What is the goal of the partnership?' },
  { id: 'definition', text: 'Is the definition of partnership here clear, shared and explicit?' },
  { id: 'model', text: 'Are the implications of the chosen model clear to all?' },
  { id: 'axes', text: 'Where do we sit on the axes of integration, and is that right for our aims?' },
  { id: 'stakeholders', text: 'Are all stakeholders clear why this model was chosen?' },
  {
    id: 'outcomes',
    text: 'Are the outcomes focused on people who use services, and achievable only through partnership?',
  },
] as const;
export type ReviewQuestionId = (typeof REVIEW_QUESTIONS)[number]['id'];

export const REVIEW_STATUSES = ['open', 'agreed'] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { open: 'Open', agreed: 'Agreed' };

/** The team's answer to one review question, who last changed it, and whether it is agreed. */
export const ReviewAnswerSchema = z.object({
  answer: z.string().max(10000),
  /** The display name of the person who last changed the answer or its status. */
  changedBy: z.string().max(200),
  status: ReviewStatusSchema,
});
export type ReviewAnswer = z.infer<typeof ReviewAnswerSchema>;

export function createReviewAnswer(fields: Partial<ReviewAnswer> = {}): ReviewAnswer {
  return ReviewAnswerSchema.parse({ answer: '', changedBy: '', status: 'open', ...fields });
}

export const BoardMetaSchema = z.object({
  title: z.string().max(200),
  /** The agreed definition of partnership on this board. */
  definition: z.string().max(5000),
  /** Answers keyed by review question id. */
  reviewAnswers: z.record(z.string(), ReviewAnswerSchema),
  schemaVersion: z.number().int().nonnegative(),
});
export type BoardMeta = z.infer<typeof BoardMetaSchema>;

/** The title of a board nobody has named. */
export const DEFAULT_TITLE = 'Untitled board';

export const DEFAULT_DEFINITION =
  'Two or more independent bodies working collectively to achieve more effective outcomes than they could by working separately.';

export function createBoardMeta(fields: Partial<BoardMeta> = {}): BoardMeta {
  return BoardMetaSchema.parse({
    title: DEFAULT_TITLE,
    definition: DEFAULT_DEFINITION,
    reviewAnswers: {},
    schemaVersion: 0,
    ...fields,
  });
}

/** A whole board as plain, validated data: what views, exports and the server read. */
export const BoardSchema = z.object({
  meta: BoardMetaSchema,
  goals: z.array(GoalSchema),
  agencies: z.array(AgencySchema),
  relationships: z.array(RelationshipSchema),
  exchanges: z.array(ExchangeSchema),
  partnerships: z.array(PartnershipSchema),
});
export type Board = z.infer<typeof BoardSchema>;
