import { borderPoint, centre, type Point, type Rect } from '@partnermap/shared/render';

// The map on screen and the drawn map share their geometry, so lines meet agencies alike in both.
export { borderPoint, centre, lerp, type Point, type Rect } from '@partnermap/shared/render';

export interface Viewport extends Point {
  zoom: number;
}

/**
 * The board point at the middle of a view, with its zoom: what a colleague follows, so that a
 * projector and a laptop show the same place whatever their sizes.
 */
export function viewCentre(viewport: Viewport, size: { width: number; height: number }): Viewport {
  const { x, y, zoom } = viewport;
  return { x: (size.width / 2 - x) / zoom, y: (size.height / 2 - y) / zoom, zoom };
}

/**
 * A node's box on the board, once React Flow has measured it. Agencies are never nested, so the
 * node's position is its absolute one.
 */
export function nodeRect(node: { position: Point; measured?: { width?: number; height?: number } } | undefined): Rect | undefined {
  const width = node?.measured?.width;
  const height = node?.measured?.height;
  // Written out, not spread from the position: every rect gets the same shape (see agencyRect).
  return node && width && height ? { x: node.position.x, y: node.position.y, width, height } : undefined;
}

/** Where a relationship's line starts and ends: on the two agencies' borders, facing each other. */
export function edgeEnds(source: Rect, target: Rect): { from: Point; to: Point } {
  return { from: borderPoint(source, centre(target)), to: borderPoint(target, centre(source)) };
}
