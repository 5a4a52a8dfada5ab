import type { Rect } from './geometry.ts';

/** An element's box on the screen. */
export function screenRect(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

/**
 * The map's box on the screen and the panels drawn over it (the legend, the filters, the zoom
 * buttons, the map's tools): what an agency with focus or a toolbar in use must not be under.
 */
export function mapOnScreen(): { bounds: Rect; panels: Rect[] } | undefined {
  const root = document.getElementById('board-map');
  if (!root) return undefined;
  const panels = [...root.querySelectorAll('.react-flow__panel'), ...document.querySelectorAll('.map-tools')].map(screenRect);
  return { bounds: screenRect(root), panels };
}
