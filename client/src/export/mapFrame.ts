import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { around, type Rect } from '../canvas/geometry.ts';

/** Room around the outermost agency or outline, so nothing touches the image's edge. */
export const FRAME_PADDING = 40;
/**
 * The longest side of the map in the image, in CSS pixels (twice that in a 2x PNG). A larger
 * map is scaled down to fit: browsers refuse canvases much bigger than this.
 */
export const MAX_MAP_SIDE = 4800;

export interface MapFrame {
  width: number;
  height: number;
  /** The transform that puts the whole map in the frame, as React Flow's own fitView would. */
  viewport: Viewport;
}

/**
 * A frame around the whole map (every agency and partnership outline, not only what is on
 * screen) at its natural size, or smaller when the map is very large. Undefined for an empty map.
 */
export function frameMap(nodeBounds: Rect | undefined, outlines: readonly Rect[]): MapFrame | undefined {
  const parts = [...(nodeBounds && nodeBounds.width > 0 && nodeBounds.height > 0 ? [nodeBounds] : []), ...outlines];
  // Outline labels sit on the outline's top edge, half above it: the padding leaves room for them.
  const bounds = around(parts, 0);
  if (!bounds) return undefined;
  const zoom = Math.min(1, (MAX_MAP_SIDE - 2 * FRAME_PADDING) / Math.max(bounds.width, bounds.height));
  const width = Math.ceil(bounds.width * zoom + 2 * FRAME_PADDING);
  const height = Math.ceil(bounds.height * zoom + 2 * FRAME_PADDING);
  const viewport = getViewportForBounds(bounds, width, height, zoom, zoom, `${FRAME_PADDING}px`);
  return { width, height, viewport };
}
