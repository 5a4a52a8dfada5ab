import { useEffect, useMemo, useRef } from 'react';
import type { Board } from '@partnermap/shared/model';
import type { Filters } from '../filters.ts';
import { useLit } from '../useLit.ts';
import { requestCentre, resetMapFocus, useMapFocus, type MapFocus } from './mapFocus.ts';
import { useFocusReach } from './useFocusReach.ts';
import { withFocus } from './withFocus.ts';

/**
 * What stays lit on the map: the filters' choice (`filtered`, what exports honour), narrowed by a
 * focus on an agency or on routes (`lit`, what the map shows).
 */
export function useFocusLit(board: Board, filters: Filters) {
  const focus = useMapFocus();
  const focusResult = useFocusReach(board, focus);
  useEffect(() => resetMapFocus, []);
  // Each new focus (or number of steps) brings what it lights into view, once, as soon as it is known.
  const shown = useRef<MapFocus>(null);
  useEffect(() => {
    if (!focus || !focusResult || shown.current === focus) return;
    shown.current = focus;
    requestCentre([...focusResult.reach.agencies]);
  }, [focus, focusResult]);
  const filtered = useLit(board, filters);
  const lit = useMemo(() => withFocus(filtered, focusResult?.reach), [filtered, focusResult]);
  return { lit, filtered, focusResult };
}
