import { useMemo } from 'react';
import type { Board } from '@partnermap/shared/model';
import { useAnalysisModule } from '../../views/useAnalysis.ts';
import type { MapFocus } from './mapFocus.ts';
import type { FocusReach } from './withFocus.ts';

export interface FocusResult {
  reach: FocusReach;
  /** For routes: relationships along each shortest route and how many routes; undefined steps when none. */
  routes?: { steps: number | undefined; count: number };
}

/**
 * What the focus keeps lit on the live board. The graph code loads on the first focus; until then
 * (and for a focus whose agency has gone) nothing is narrowed.
 */
export function useFocusReach(board: Board, focus: MapFocus): FocusResult | undefined {
  const analysis = useAnalysisModule(focus !== null);
  return useMemo(() => {
    if (!focus || !analysis) return undefined;
    if (focus.kind === 'neighbours') {
      const reach = analysis.neighbourhood(board, focus.agencyId, focus.steps);
      return reach.agencies.size > 0 ? { reach } : undefined;
    }
    const found = analysis.shortestRoutes(board, focus.fromId, focus.toId);
    // Without a route, the two agencies stay lit so that the person sees which they asked about.
    const reach = found.steps === undefined ? { agencies: new Set([focus.fromId, focus.toId]), relationships: new Set<string>() } : found;
    return { reach, routes: { steps: found.steps, count: found.count } };
  }, [board, focus, analysis]);
}
