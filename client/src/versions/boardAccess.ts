import { createContext, useContext } from 'react';
import type { BoardAccess } from './versionsApi.ts';

/** The open board's id and token, for the parts that ask the server about its past. */
export const BoardAccessContext = createContext<BoardAccess | null>(null);

export function useBoardAccess(): BoardAccess | null {
  return useContext(BoardAccessContext);
}
