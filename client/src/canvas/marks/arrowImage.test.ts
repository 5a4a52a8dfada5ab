import { describe, expect, it } from 'vitest';
import { arrowImage } from './arrowImage.ts';

/** The direction of the arrow's shaft in an image made by arrowImage, in radians. */
function shaftAngle(image: string): number {
  const svg = decodeURIComponent(/^url\("data:image\/svg\+xml,(.*)"\)$/.exec(image)![1]!);
  const [x0, y0, x1, y1] = /d="M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)/.exec(svg)!.slice(1).map(Number) as [number, number, number, number];
  return Math.atan2(y1 - y0, x1 - x0);
}

const apart = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

describe('arrowImage', () => {
  it('points along the flow, within 4 degrees, whichever way the line runs', () => {
    for (let degrees = -360; degrees <= 360; degrees += 7) {
      const angle = (degrees * Math.PI) / 180;
      expect(apart(shaftAngle(arrowImage(angle)), angle)).toBeLessThan((4 * Math.PI) / 180);
    }
  });

  it('is one image per direction, whatever the turn it is asked for', () => {
    expect(arrowImage(0.001)).toBe(arrowImage(2 * Math.PI));
    expect(arrowImage(Math.PI / 2)).not.toBe(arrowImage(-Math.PI / 2));
  });
});
