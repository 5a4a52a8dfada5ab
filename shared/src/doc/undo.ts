import * as Y from 'yjs';
import { ROOTS, metaMap, reviewMap, root, type BoardDoc } from './boardDoc.ts';
import { LOCAL_ORIGIN } from './origins.ts';

export interface BoardUndo {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Ends the current undo step, so that the next edit starts a new one. */
  stopCapturing(): void;
  /**
   * Starts one step that lasts until `endStep`, however long the pauses inside it: a drag is
   * one undo step even when the person holds still half-way.
   */
  beginStep(): void;
  endStep(): void;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Undo and redo of this person's own edits only: the manager tracks LOCAL_ORIGIN, so a
 * colleague's edit (applied with the provider as origin) is never undone here.
 */
export function createBoardUndo(doc: BoardDoc, captureTimeout = 500): BoardUndo {
  const manager = new Y.UndoManager(
    [...ROOTS.map((name) => root(doc, name)), metaMap(doc), reviewMap(doc)],
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout },
  );
  return {
    undo: () => void manager.undo(),
    redo: () => void manager.redo(),
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    stopCapturing: () => manager.stopCapturing(),
    beginStep() {
      manager.stopCapturing();
      manager.captureTimeout = Number.POSITIVE_INFINITY;
    },
    endStep() {
      manager.captureTimeout = captureTimeout;
      manager.stopCapturing();
    },
    onChange(listener) {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const e of events) manager.on(e, listener);
      return () => {
        for (const e of events) manager.off(e, listener);
      };
    },
    destroy: () => manager.destroy(),
  };
}
