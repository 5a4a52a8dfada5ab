import { INTEGRATION_STROKE as DRAWN_STROKE } from '@partnermap/shared/render';
import { INTEGRATION_DEGREES, type Integration } from '@partnermap/shared/model';

/**
 * The screen's colours and line styles are the drawn map's (shared/src/render/style.ts), so an
 * exported image and the board always agree; this module only adapts them for CSS and React.
 */
export { CURRENCY_SHORT, SECTOR_COLOURS } from '@partnermap/shared/render';

/** Line style per degree of integration, with the dash as an SVG `stroke-dasharray` string. */
export const INTEGRATION_STROKE = Object.fromEntries(
  INTEGRATION_DEGREES.map((d) => {
    const { width, dash } = DRAWN_STROKE[d];
    return [d, { width, dash: dash.length ? dash.join(' ') : undefined }];
  }),
) as Record<Integration, { width: number; dash: string | undefined }>;
