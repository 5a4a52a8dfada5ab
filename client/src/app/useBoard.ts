import { useMemo, useSyncExternalStore } from 'react';
import { observeBoard, readBoard, type BoardDoc, type BoardReading } from '@partnermap/shared/doc';

/**
 * The board as validated plain data, re-read after each change. The snapshot is cached until the
 * doc changes, as useSyncExternalStore requires.
 */
export function useBoard(doc: BoardDoc): BoardReading {
  const store = useMemo(() => {
    let snapshot: BoardReading | undefined;
    return {
      subscribe(onChange: () => void) {
        return observeBoard(doc, () => {
          snapshot = undefined;
          onChange();
        });
      },
      getSnapshot: () => (snapshot ??= readBoard(doc)),
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
