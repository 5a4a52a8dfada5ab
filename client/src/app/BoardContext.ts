import { createContext, useContext } from 'react';
import type { BoardDoc } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';
import { useBoard } from './useBoard.ts';

/** What every part of an open board needs: the doc to edit, its plain reading, and whether this link may edit. */
export interface BoardContextValue {
  doc: BoardDoc;
  board: Board;
  readOnly: boolean;
}

/**
 * Holds only what stays put while the board is open. The board itself is read by each consumer
 * from the live reading: a context value that changed with every edit would make React walk the
 * whole map's tree (thousands of nodes and edges) to find its readers, on every edit.
 */
export const BoardContext = createContext<Omit<BoardContextValue, 'board'> | null>(null);

export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoardContext is used outside an open board');
  const { board } = useBoard(value.doc);
  return { ...value, board };
}
