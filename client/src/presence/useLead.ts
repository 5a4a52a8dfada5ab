import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { viewCentre } from '../canvas/geometry.ts';
import type { PresencePatch } from './usePresence.ts';

/** Whether this person has brought everyone to their view, and the way to do it or release them. */
export function useLead(share: (patch: PresencePatch) => void) {
  const [leading, setLeading] = useState(false);
  const { getViewport } = useReactFlow();
  const store = useStoreApi();
  const lead = useCallback(
    (on: boolean) => {
      setLeading(on);
      // The view goes with the request: a page that has not moved yet has shared none.
      share(on ? { leading: true, viewport: viewCentre(getViewport(), store.getState()) } : { leading: false });
    },
    [share, getViewport, store],
  );
  return { leading, lead };
}
