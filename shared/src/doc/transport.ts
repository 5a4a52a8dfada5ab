import type * as Y from 'yjs';
import { yDocOf, type BoardDoc } from './brand.ts';

/**
 * The Y.Doc behind a board, for the code that must hand it to Yjs's own transport (y-websocket,
 * y-indexeddb, y-protocols) and for tests that act as a raw peer. Everything else goes through
 * @partnermap/shared/doc; the lint allows this entry only in the sync/ folders and tests.
 */
export function yDocForSync(doc: BoardDoc): Y.Doc {
  return yDocOf(doc);
}

export { applyAsReceived } from './applyAsReceived.ts';
