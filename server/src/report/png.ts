import { renderAsync } from '@resvg/resvg-js';
import { pixelSize, type PagePreset } from '@partnermap/shared/render';
import { reportFonts } from './fonts.ts';

/**
 * The drawn map as PNG, from the same SVG as map.svg, rendered by resvg off the main thread, so
 * that a large image never holds up the boards' sync. `scale` 1 is the page at 96 dpi; 3 is
 * 288 dpi, for print. The fonts the SVG names first are given to resvg as files: scanning every
 * system font takes about a second per image; without those files it scans.
 */
export async function mapPng(svg: string, page: PagePreset, scale: number): Promise<Buffer> {
  const { width } = pixelSize(page, scale);
  const fonts = reportFonts();
  const files = fonts.embedded ? [fonts.regular, fonts.bold] : [];
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { fontFiles: files, loadSystemFonts: files.length === 0, defaultFontFamily: 'DejaVu Sans' },
  });
  return image.asPng();
}
