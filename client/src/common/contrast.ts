/** WCAG 2.2 contrast: relative luminance and contrast ratio of `#rrggbb` colours. */

/** The dark text used on light colours: the app's ink. */
export const DARK_TEXT = '#172033';
export const LIGHT_TEXT = '#ffffff';

function channel(hex: string, at: number): number {
  const v = parseInt(hex.slice(at, at + 2), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.2, "relative luminance"); `colour` is `#rrggbb`. */
export function luminance(colour: string): number {
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) throw new Error(`Not a #rrggbb colour: ${colour}`);
  return 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or dark text, whichever reads better on a background colour (initials on an avatar, say). */
export function readableTextOn(background: string): string {
  return contrastRatio(LIGHT_TEXT, background) >= contrastRatio(DARK_TEXT, background) ? LIGHT_TEXT : DARK_TEXT;
}
