import { useMemo, useState } from 'react';
import type { Board } from '@partnermap/shared/model';
import { litKeeper, type Filters, type Lit } from './filters.ts';

/**
 * What the filter keeps lit, as the same sets for as long as the same ids are lit: a move or a
 * rename then leaves the map's nodes and edges as they were.
 */
export function useLit(board: Board, filters: Filters): Lit {
  const [keep] = useState(() => litKeeper());
  return useMemo(() => keep(board, filters), [keep, board, filters]);
}
