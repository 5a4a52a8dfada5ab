import type * as Y from 'yjs';

declare const boardDocBrand: unique symbol;

/**
 * The Y.Doc of a board, opaque outside shared/src/doc: callers hold it only to pass it back to
 * the functions here, so nothing else reaches a Y.Map. At run time it is the Y.Doc itself.
 */
export interface BoardDoc {
  readonly [boardDocBrand]: true;
}

/** The Y.Doc behind a board: for shared/src/doc, and for the sync layers through transport.ts. */
export function yDocOf(doc: BoardDoc): Y.Doc {
  return doc as unknown as Y.Doc;
}

/** A Y.Doc as a board: for the doc's constructors here and for tests that build a raw doc. */
export function asBoardDoc(doc: Y.Doc): BoardDoc {
  return doc as unknown as BoardDoc;
}
