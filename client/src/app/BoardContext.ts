import { createContext, useContext } from 'react';
import type { BoardDoc } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';

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
