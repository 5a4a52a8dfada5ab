/** The drawn map: one pure renderer from a board to an SVG page, for the browser and the server alike. */
export { mapSvg, pageSvg } from './mapSvg.ts';
export { formatDate, layoutPage, type PageLayout, type PageOptions, type PageText } from './layoutPage.ts';
export { DEFAULT_PAGE, PAGES, PAGE_IDS, isPageId, pixelSize, type PageId, type PagePreset } from './pages.ts';
export { symbolId, keyLabel, type KeySymbol } from './key.ts';
export type { MapView } from './view.ts';
export * from './primitives.ts';
export { placeHullName } from './hulls.ts';
export { FLOW_NOTES, reportContent, type MatrixRow, type MeasureLine, type ReportContent } from './reportContent.ts';
export { LABEL_LINE, LABEL_PAD, arrowSlot, placeLabels, type FlowToLabel, type LabelTier, type PlacedLabel } from './labels.ts';
