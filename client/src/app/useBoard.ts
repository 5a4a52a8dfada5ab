import { useSyncExternalStore } from 'react';
import { liveBoard, type BoardDoc, type BoardReading } from '@partnermap/shared/doc';

/**
 * The board as validated plain data, kept read as it changes: a change re-reads only what it
 * touched, and unchanged agencies, relationships and lists keep their objects, so memoised views
 * skip them. The reading is the same object until the board changes, as useSyncExternalStore requires.
 */
export function useBoard(doc: BoardDoc): BoardReading {
  const live = liveBoard(doc);
  return useSyncExternalStore(live.subscribe, live.read);
}
