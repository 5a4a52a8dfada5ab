import { BoardMetaSchema, type BoardMeta, type ReviewQuestionId } from '../model/board.ts';
import { createGoal } from '../model/goal.ts';
import { entitiesOf, entityOrThrow, metaMap, newId, patchEntity, reviewMap, root, toEntityMap, transact, type BoardDoc } from './boardDoc.ts';
import type { Origin } from './origins.ts';

const MetaPatchSchema = BoardMetaSchema.pick({ title: true, definition: true }).partial();

export function setMeta(
  doc: BoardDoc,
  patch: Partial<Pick<BoardMeta, 'title' | 'definition'>>,
  origin?: Origin,
): void {
  const valid = MetaPatchSchema.parse(patch);
  transact(doc, () => patchEntity(metaMap(doc), valid), origin);
}

export function setReviewAnswer(doc: BoardDoc, question: ReviewQuestionId, answer: string, origin?: Origin): void {
  transact(doc, () => {
    if (reviewMap(doc).get(question) !== answer) reviewMap(doc).set(question, answer);
  }, origin);
}

export function addGoal(doc: BoardDoc, outcome: string, origin?: Origin, id: string = newId()): string {
  const goal = createGoal(id, outcome);
  transact(doc, () => root(doc, 'goals').set(id, toEntityMap(goal)), origin);
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
