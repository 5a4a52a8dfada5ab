/** The drawn map: one pure renderer from a board to an SVG page, for the browser and the server alike. */
export { mapSvg, pageSvg } from './mapSvg.ts';
export { formatDate, layoutPage, type PageLayout, type PageOptions, type PageText } from './layoutPage.ts';
export { DEFAULT_PAGE, PAGES, PAGE_IDS, isPageId, pixelSize, type PageId, type PagePreset } from './pages.ts';
export { symbolId, keyLabel, type KeySymbol } from './key.ts';
export type { MapView } from './view.ts';
export { SECTOR_COLOURS, CURRENCY_SHORT, INTEGRATION_STROKE, FONT_FAMILY, MIN_TEXT_PT, INK, DIMMED_OPACITY } from './style.ts';
export { FLOW_NOTES, reportContent, type MatrixRow, type MeasureLine, type ReportContent } from './reportContent.ts';
export { borderPoint, boundsOfRects, centre, lerp, type Point, type Rect } from './geometry.ts';
export { clipFractions, clipSegment, grow, overlaps, segmentHits, touchesConvex } from './geometry.ts';
export { partnershipHulls, placeHullName, SCREEN_PADS, type Hull } from './hulls.ts';
export { LABEL_LINE, LABEL_PAD, arrowSlot, placeLabels, type FlowToLabel, type LabelTier, type PlacedLabel } from './labels.ts';
export { textWidth } from './textWidth.ts';
