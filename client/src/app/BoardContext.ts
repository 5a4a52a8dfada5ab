import { createContext, useContext } from 'react';
import type { Board, BoardDoc } from '../../../shared/src/index.ts';

/** What every part of an open board needs: the doc to edit, its plain reading, and whether this link may edit. */
export interface BoardContextValue {
  doc: BoardDoc;
  board: Board;
  readOnly: boolean;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoardContext is used outside an open board');
  return value;
}
