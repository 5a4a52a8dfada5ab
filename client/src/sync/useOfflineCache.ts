import { useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { observeBoard, type BoardDoc } from '@partnermap/shared/doc';

/** The browser's copy of each board, keyed by board id. */
export function cacheName(boardId: string): string {
  return `partnermap-board-${boardId}`;
}

/** Deletes a board's copy from this browser: on shared ward or office computers it should not linger. */
export function forgetBoardCopy(boardId: string): void {
  indexedDB.deleteDatabase(cacheName(boardId));
}

/**
 * Keeps a copy of the board in IndexedDB, so that a reload while offline shows the last state
 * and edits made offline survive until the connection is back. Returns whether the copy held
 * a board (then the page need not wait for the server to show it).
 */
export function useOfflineCache(doc: BoardDoc, boardId: string, boardGone: boolean): { fromCache: boolean } {
  const [fromCache, setFromCache] = useState(false);
  const persistence = useRef<IndexeddbPersistence>(undefined);
  useEffect(() => {
    const p = new IndexeddbPersistence(cacheName(boardId), doc);
    persistence.current = p;
    const stop = observeBoard(doc, (origin) => {
      if (origin === p) setFromCache(true);
    });
    return () => {
      stop();
      void p.destroy();
    };
  }, [doc, boardId]);
  // A deleted board's copy goes with it; otherwise it is kept for the next offline visit.
  useEffect(() => {
    if (boardGone) void persistence.current?.clearData();
  }, [boardGone]);
  return { fromCache };
}
