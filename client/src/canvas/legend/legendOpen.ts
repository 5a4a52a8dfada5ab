const KEY = 'partnermap.legend';

/** Below this width the legend starts closed: on a laptop or projector it would cover the map. */
export const WIDE_SCREEN = 1280;

/** Whether the legend is open: as the person left it on this device, else open on wide screens only. */
export function readLegendOpen(screenWidth: number, storage: Pick<Storage, 'getItem'> = localStorage): boolean {
  try {
    const saved = storage.getItem(KEY);
    if (saved === 'open') return true;
    if (saved === 'closed') return false;
  } catch {
    // Storage refused: fall back to the screen's default.
  }
  return screenWidth >= WIDE_SCREEN;
}

export function saveLegendOpen(open: boolean, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}
