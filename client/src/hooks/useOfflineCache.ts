import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { observeBoard, type BoardDoc } from '../../../shared/src/index.ts';

/** The browser's copy of each board, keyed by board id. */
export function cacheName(boardId: string): string {
  return `partnermap-board-${boardId}`;
}

/**
 * Keeps a copy of the board in IndexedDB, so that a reload while offline shows the last state
 * and edits made offline survive until the connection is back. Returns whether the copy held
 * a board (then the page need not wait for the server to show it).
 */
export function useOfflineCache(doc: BoardDoc, boardId: string): { fromCache: boolean } {
  const [fromCache, setFromCache] = useState(false);
  useEffect(() => {
    const persistence = new IndexeddbPersistence(cacheName(boardId), doc);
    const stop = observeBoard(doc, (origin) => {
      if (origin === persistence) setFromCache(true);
    });
    return () => {
      stop();
      void persistence.destroy();
    };
  }, [doc, boardId]);
  return { fromCache };
}
