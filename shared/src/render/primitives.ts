/**
 * The renderer's light parts (colours and line styles, geometry, partnership outlines, text
 * widths) without the page renderer and the report's analysis behind the render index: what a
 * painter in a worker loads.
 */
export { SECTOR_COLOURS, CURRENCY_SHORT, INTEGRATION_STROKE, FONT_FAMILY, MIN_TEXT_PT, INK, DIMMED_OPACITY } from './style.ts';
export { borderPoint, boundsOfRects, centre, lerp, type Point, type Rect } from './geometry.ts';
export { clipFractions, clipSegment, grow, overlaps, segmentHits, touchesConvex } from './geometry.ts';
export { partnershipHulls, SCREEN_PADS, type Hull } from './hulls.ts';
export { textWidth } from './textWidth.ts';
