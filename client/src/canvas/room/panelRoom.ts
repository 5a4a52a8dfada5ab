import { useSyncExternalStore } from 'react';
import type { FitViewOptions } from '@xyflow/react';

/** What lies over the map's edges, in screen pixels: the legend (bottom left) and an inspector drawn over the map (right). */
export interface PanelRoom {
  legend: { width: number; height: number };
  /** Width of the inspector where it covers the map (narrow screens); 0 when it sits beside it. */
  overlay: number;
}

let room: PanelRoom = { legend: { width: 0, height: 0 }, overlay: 0 };
const listeners = new Set<() => void>();

export function setPanelRoom(patch: Partial<PanelRoom>): void {
  const next = { ...room, ...patch };
  if (JSON.stringify(next) === JSON.stringify(room)) return;
  room = next;
  for (const l of listeners) l();
}

export function usePanelRoom(): PanelRoom {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => room,
  );
}

/** Clear space around the panels: the toolbar above, the zoom controls at the right. */
const GAP = 24;
const TOOLBAR = 64;
const CONTROLS = 56;

/**
 * Padding for "fit view" so that no agency ends up under a panel: the legend's corner is kept
 * clear by reserving the strip (left or bottom) that costs the map less of its area.
 */
export function fitPadding(room: PanelRoom, canvas: { width: number; height: number }) {
  const { width, height } = room.legend;
  const byLeft = canvas.width > 0 ? (width + GAP) / canvas.width : 1;
  const byBottom = canvas.height > 0 ? (height + GAP) / canvas.height : 1;
  const legendLeft = width > 0 && byLeft < byBottom;
  return {
    top: TOOLBAR,
    left: legendLeft ? width + GAP : GAP,
    bottom: width > 0 && !legendLeft ? height + GAP : GAP,
    right: room.overlay > 0 ? room.overlay + GAP : CONTROLS,
  };
}

const px = (n: number) => `${Math.round(n)}px` as const;

/** React Flow's fit options with that padding. */
export function fitOptions(room: PanelRoom, canvas: { width: number; height: number }, maxZoom = 1): Required<Pick<FitViewOptions, 'maxZoom' | 'padding'>> {
  const p = fitPadding(room, canvas);
  return { maxZoom, padding: { top: px(p.top), left: px(p.left), bottom: px(p.bottom), right: px(p.right) } };
}
