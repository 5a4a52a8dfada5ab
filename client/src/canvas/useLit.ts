import { useMemo } from 'react';
import type { Board } from '@partnermap/shared/model';
import { litOnBoard, sameLitOr, type Filters, type Lit } from './filters.ts';

/**
 * What the filter keeps lit, as the same sets for as long as the same ids are lit: a move or a
 * rename then leaves the map's nodes and edges as they were.
 */
export function useLit(board: Board, filters: Filters): Lit {
  const keep = useMemo(() => {
    let last: Lit | undefined;
    return (next: Lit) => (last = sameLitOr(last, next));
  }, []);
  return useMemo(() => keep(litOnBoard(board, filters)), [keep, board, filters]);
}
