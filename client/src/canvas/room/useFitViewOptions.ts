import { useStore, type FitViewOptions } from '@xyflow/react';
import { useMemo } from 'react';
import { fitOptions, usePanelRoom } from './panelRoom.ts';

/** "Fit view" options for this canvas, kept clear of the legend and an overlaid inspector. */
export function useFitViewOptions(): FitViewOptions {
  const room = usePanelRoom();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  return useMemo(() => fitOptions(room, { width, height }), [room, width, height]);
}
