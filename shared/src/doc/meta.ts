import {
  BoardMetaSchema,
  ReviewAnswerSchema,
  createReviewAnswer,
  type BoardMeta,
  type ReviewAnswer,
  type ReviewQuestionId,
} from '../model/board.ts';
import { createGoal } from '../model/goal.ts';
import { entitiesOf, entityOrThrow, metaMap, newId, parsePatch, patchEntity, reviewMap, root, toEntityMap, transact, type BoardDoc } from './boardDoc.ts';
import type { Origin } from './origins.ts';

const MetaPatchSchema = BoardMetaSchema.pick({ title: true, definition: true }).partial();

export function setMeta(
  doc: BoardDoc,
  patch: Partial<Pick<BoardMeta, 'title' | 'definition'>>,
  origin?: Origin,
): void {
  const valid = parsePatch(MetaPatchSchema, patch);
  transact(doc, () => patchEntity(metaMap(doc), valid), origin);
}

const ReviewPatchSchema = ReviewAnswerSchema.pick({ answer: true, status: true }).partial();
const ChangedBySchema = ReviewAnswerSchema.shape.changedBy;

/**
 * Changes the answer to a review question and/or its status, naming the person who changed it
 * (their display name). A new answer without a status reopens an agreed one: the team agreed
 * to the old words, not to these.
 */
export function setReviewAnswer(
  doc: BoardDoc,
  question: ReviewQuestionId,
  patch: Partial<Pick<ReviewAnswer, 'answer' | 'status'>>,
  changedBy: string,
  origin?: Origin,
): void {
  const valid = parsePatch(ReviewPatchSchema, patch);
  const by = ChangedBySchema.parse(changedBy);
  transact(doc, () => {
    const review = reviewMap(doc);
    const entry = review.get(question);
    if (entry === undefined || typeof entry === 'string') {
      const old = typeof entry === 'string' ? entry : '';
      review.set(question, toEntityMap(createReviewAnswer({ answer: old, ...valid, changedBy: by })));
      return;
    }
    const reworded = valid.answer !== undefined && valid.answer !== entry.get('answer');
    const status = valid.status ?? (reworded ? 'open' : undefined);
    if (!reworded && (status === undefined || status === entry.get('status'))) return;
    patchEntity(entry, { answer: valid.answer, status, changedBy: by });
  }, origin);
}

export function addGoal(doc: BoardDoc, outcome: string, origin?: Origin, id: string = newId()): string {
  const goal = createGoal(id, outcome);
  transact(doc, () => root(doc, 'goals').set(id, toEntityMap(goal, 'goals')), origin);
  return id;
}

export function updateGoal(doc: BoardDoc, id: string, outcome: string, origin?: Origin): void {
  const goal = createGoal(id, outcome);
  transact(doc, () => patchEntity(entityOrThrow(doc, 'goals', id), { outcome: goal.outcome }), origin);
}

/** Removes a goal and unlinks it from the relationships and partnerships that served it. */
export function removeGoal(doc: BoardDoc, id: string, origin?: Origin): void {
  transact(doc, () => {
    for (const name of ['relationships', 'partnerships'] as const) {
      for (const [, entity] of entitiesOf(doc, name)) {
        const goalIds = entity.get('goalIds');
        if (Array.isArray(goalIds) && goalIds.includes(id)) {
          entity.set('goalIds', goalIds.filter((g) => g !== id));
        }
      }
    }
    root(doc, 'goals').delete(id);
  }, origin);
}

/** The things on a board that can serve a goal. */
export type GoalServer = 'relationships' | 'partnerships';

/** Links a relationship or partnership to a goal it serves. */
export function linkGoal(doc: BoardDoc, kind: GoalServer, id: string, goalId: string, origin?: Origin): void {
  entityOrThrow(doc, 'goals', goalId);
  transact(doc, () => {
    const entity = entityOrThrow(doc, kind, id);
    const goalIds = goalIdsOf(entity.get('goalIds'));
    if (!goalIds.includes(goalId)) entity.set('goalIds', [...goalIds, goalId]);
  }, origin);
}

export function unlinkGoal(doc: BoardDoc, kind: GoalServer, id: string, goalId: string, origin?: Origin): void {
  transact(doc, () => {
    const entity = entityOrThrow(doc, kind, id);
    const goalIds = goalIdsOf(entity.get('goalIds'));
    if (goalIds.includes(goalId)) entity.set('goalIds', goalIds.filter((g) => g !== goalId));
  }, origin);
}

function goalIdsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}
