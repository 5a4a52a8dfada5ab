import type { Board } from '../model/board.ts';
import { ROOTS, metaMap, openBoardDoc, reviewMap, root, toEntityMap, transact, type BoardDoc } from './boardDoc.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';
import { IMPORT_ORIGIN } from './origins.ts';

/** Writes a whole plain board (from an import) into an empty doc, keeping its ids. */
export function writeBoard(doc: BoardDoc, board: Board): void {
  transact(doc, () => {
    const meta = metaMap(doc);
    meta.set('title', board.meta.title);
    meta.set('definition', board.meta.definition);
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    for (const [q, answer] of Object.entries(board.meta.reviewAnswers)) reviewMap(doc).set(q, toEntityMap(answer));
    for (const name of ROOTS) {
      for (const entity of board[name]) root(doc, name).set(entity.id, toEntityMap(entity, name));
    }
  }, IMPORT_ORIGIN);
}

/** A new doc holding an imported board (validated by shared/src/formats), at the current version. */
export function createBoardDocFrom(board: Board): BoardDoc {
  const doc = openBoardDoc();
  writeBoard(doc, board);
  return doc;
}
