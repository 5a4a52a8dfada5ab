import type { Board } from '../model/board.ts';
import { ROOTS, isEntityMap, metaMap, patchEntity, reviewMap, root, toEntityMap, transact, type BoardDoc, type EntityMap, type RootName } from './boardDoc.ts';
import { RESTORE_ORIGIN } from './origins.ts';

/**
 * Makes the doc's content equal a plain board (a version being restored), in one transaction, so
 * it is one change for everyone. Only what differs is written: an entity present in both keeps
 * its map and gets its changed fields, so nothing unchanged is rewritten. The schema version is
 * the server's and is left alone.
 */
export function restoreBoard(doc: BoardDoc, board: Board): void {
  transact(doc, () => {
    const meta = metaMap(doc);
    if (meta.get('title') !== board.meta.title) meta.set('title', board.meta.title);
    if (meta.get('definition') !== board.meta.definition) meta.set('definition', board.meta.definition);

    const review = reviewMap(doc);
    for (const question of review.keys()) {
      if (!Object.hasOwn(board.meta.reviewAnswers, question)) review.delete(question);
    }
    for (const [question, answer] of Object.entries(board.meta.reviewAnswers)) {
      const current = review.get(question);
      if (isEntityMap(current)) matchFields(current, answer);
      else review.set(question, toEntityMap(answer));
    }

    for (const name of ROOTS) {
      const entries = root(doc, name);
      const wanted = new Map<string, Record<string, unknown>>(board[name].map((e) => [e.id, e]));
      for (const id of entries.keys()) if (!wanted.has(id)) entries.delete(id);
      for (const [id, entity] of wanted) {
        const current = entries.get(id);
        if (isEntityMap(current)) matchFields(current, entity, name);
        else entries.set(id, toEntityMap(entity, name));
      }
    }
  }, RESTORE_ORIGIN);
}

/** The entity's fields become exactly these: changed ones written, ones the version lacks removed. */
function matchFields(entity: EntityMap, fields: Record<string, unknown>, name?: RootName): void {
  patchEntity(entity, fields, name);
  for (const key of entity.keys()) {
    if (key === 'id' || fields[key] === undefined) entity.delete(key);
  }
}
