import { useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { holdsBeyond, observeBoard, type BoardDoc, type StateVector } from '@partnermap/shared/doc';
import { yDocForSync } from '@partnermap/shared/doc/transport';

/** How long to wait for the browser's copy before taking it that there is none to read. */
const COPY_WAIT_MS = 3000;

/** The browser's copy of each board, keyed by board id. */
export function cacheName(boardId: string): string {
  return `partnermap-board-${boardId}`;
}

/** Deletes a board's copy from this browser: on shared ward or office computers it should not linger. */
export function forgetBoardCopy(boardId: string): void {
  indexedDB.deleteDatabase(cacheName(boardId));
}

interface Options {
  /** The copy should go now: the board was deleted, or its links replaced with nothing unsent here. */
  forget: boolean;
  /**
   * For a view-only page: what the server holds (see followServerState). A copy holding more holds
   * edits the server never took; it is deleted and `onStrayEdits` called to start again from the server.
   */
  serverState?: StateVector;
  onStrayEdits?: () => void;
  /** Called once the copy has been read (not when it could not be). */
  onRead?: () => void;
}

/**
 * Keeps a copy of the board in IndexedDB, so that a reload while offline shows the last state
 * and edits made offline survive until the connection is back. Returns whether the copy held
 * a board (then the page need not wait for the server to show it), and whether it has been read
 * (or could not be, after COPY_WAIT_MS).
 */
export function useOfflineCache(
  doc: BoardDoc,
  boardId: string,
  { forget, serverState, onStrayEdits, onRead }: Options,
): { fromCache: boolean; copyRead: boolean } {
  const [fromCache, setFromCache] = useState(false);
  const [copyLoaded, setCopyLoaded] = useState(false);
  const [copyAwaited, setCopyAwaited] = useState(false);
  const persistence = useRef<IndexeddbPersistence>(undefined);
  // Read through a ref: a new function from the caller must not open the copy afresh.
  const tellRead = useRef(onRead);
  useEffect(() => {
    tellRead.current = onRead;
  }, [onRead]);
  useEffect(() => {
    const p = new IndexeddbPersistence(cacheName(boardId), yDocForSync(doc));
    persistence.current = p;
    let current = true;
    // A browser that cannot open IndexedDB (some private windows) never reads a copy: stop waiting.
    const noCopy = setTimeout(() => current && setCopyAwaited(true), COPY_WAIT_MS);
    void p.whenSynced.then(() => {
      // Read: the wait is over, with no second render of the board for it.
      clearTimeout(noCopy);
      if (!current) return;
      setCopyLoaded(true);
      tellRead.current?.();
    });
    const stop = observeBoard(doc, (origin) => {
      if (origin === p) setFromCache(true);
    });
    return () => {
      current = false;
      clearTimeout(noCopy);
      stop();
      void p.destroy();
    };
  }, [doc, boardId]);
  useEffect(() => {
    if (forget) void persistence.current?.clearData();
  }, [forget]);
  // Checked once both are in: the copy, and the server's state (which comes again at each reconnection).
  useEffect(() => {
    if (!serverState || !copyLoaded || !holdsBeyond(doc, serverState)) return;
    void persistence.current?.clearData().then(() => onStrayEdits?.());
  }, [doc, serverState, copyLoaded, onStrayEdits]);
  return { fromCache, copyRead: copyLoaded || copyAwaited };
}
