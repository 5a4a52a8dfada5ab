import { INK } from '@partnermap/shared/render';

/** Arrows point in one of this many directions: close enough to the line's, and few images for the browser to keep. */
const ARROW_DIRECTIONS = 48;
const arrowImages = new Map<number, string>();

/**
 * The arrow "M1 6h8M6 2.5L9.5 6 6 9.5" turned by `angle` about its middle, as a background image
 * in the map's muted ink (INK.muted). An image, not an inline SVG: each label's SVG was a layer of its own, and
 * with hundreds of labels every frame of the map cost the browser ~10 ms more to composite.
 */
export function arrowImage(angle: number): string {
  const step = (2 * Math.PI) / ARROW_DIRECTIONS;
  const turn = (((Math.round(angle / step) % ARROW_DIRECTIONS) + ARROW_DIRECTIONS) % ARROW_DIRECTIONS) * step;
  let image = arrowImages.get(turn);
  if (!image) {
    const cos = Math.cos(turn);
    const sin = Math.sin(turn);
    const at = (x: number, y: number) => `${(6 + (x - 6) * cos - (y - 6) * sin).toFixed(2)} ${(6 + (x - 6) * sin + (y - 6) * cos).toFixed(2)}`;
    const path = `M${at(1, 6)}L${at(9, 6)}M${at(6, 2.5)}L${at(9.5, 6)} ${at(6, 9.5)}`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12"><path d="${path}" fill="none" stroke="${INK.muted}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
    image = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    arrowImages.set(turn, image);
  }
  return image;
}
