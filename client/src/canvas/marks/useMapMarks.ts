import { useDeferredValue, useMemo } from 'react';
import { sidesDisagree, type Partnership } from '@partnermap/shared/model';
import { nodeRect, type Rect } from '../geometry.ts';
import type { AgencyNode, RelationshipFlowEdge } from '../toFlow.ts';
import { sidesShown } from '../../views/flows/currencyShown.ts';
import { useCurrencyShown } from '../../views/mapLens.ts';
import { mapMarks, type EdgeToMark } from './mapMarks.ts';

/**
 * The map's outlines and exchange labels, placed from where the agencies are shown now (so they
 * follow a drag or a tidy's glide) and from what the map shows: with one currency chosen, only
 * its exchanges are labelled.
 */
export function useMapMarks(nodes: readonly AgencyNode[], edges: readonly RelationshipFlowEdge[], partnerships: readonly Partnership[]) {
  const currency = useCurrencyShown();
  // On a large board placing every label takes a while: during a drag React may skip frames of it.
  const shown = useDeferredValue(nodes);
  return useMemo(() => {
    const rects = new Map(shown.map((n) => [n.id, nodeRect(n)]).filter((e): e is [string, Rect] => e[1] !== undefined));
    const toMark: EdgeToMark[] = edges.flatMap((e) =>
      e.data ? [{ id: e.id, source: e.source, target: e.target, ...sidesShown(e.data, currency), disagreement: sidesDisagree(e.data.relationship) }] : [],
    );
    return mapMarks(rects, toMark, partnerships);
  }, [shown, edges, partnerships, currency]);
}
