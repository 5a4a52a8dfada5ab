import type { Board } from '../model/board.ts';
import { metaMap, openBoardDoc, reviewMap, root, toEntityMap, transact, type BoardDoc } from './boardDoc.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';
import { IMPORT_ORIGIN } from './origins.ts';

/** Writes a whole plain board (from an import) into an empty doc, keeping its ids. */
export function writeBoard(doc: BoardDoc, board: Board): void {
  transact(doc, () => {
    const meta = metaMap(doc);
    meta.set('title', board.meta.title);
    meta.set('definition', board.meta.definition);
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    for (const [q, answer] of Object.entries(board.meta.reviewAnswers)) reviewMap(doc).set(q, answer);
    for (const g of board.goals) root(doc, 'goals').set(g.id, toEntityMap(g));
    for (const a of board.agencies) root(doc, 'agencies').set(a.id, toEntityMap(a));
    for (const r of board.relationships) root(doc, 'relationships').set(r.id, toEntityMap(r));
    for (const e of board.exchanges) root(doc, 'exchanges').set(e.id, toEntityMap(e));
    for (const p of board.partnerships) root(doc, 'partnerships').set(p.id, toEntityMap(p));
  }, IMPORT_ORIGIN);
}

/** A new doc holding an imported board (validated by shared/src/formats), at the current version. */
export function createBoardDocFrom(board: Board): BoardDoc {
  const doc = openBoardDoc();
  writeBoard(doc, board);
  return doc;
}
