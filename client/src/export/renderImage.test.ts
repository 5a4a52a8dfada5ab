import { describe, expect, it } from 'vitest';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { drawMap, hasContent, mapAreaInPixels, sizedSvg } from './renderImage.ts';

describe('hasContent', () => {
  const pixels = (...rgba: number[][]) => Uint8ClampedArray.from(rgba.flat());
  const white = [255, 255, 255, 255];

  it('calls an all-white map area empty', () => {
    expect(hasContent(pixels(...Array.from({ length: 400 }, () => white)))).toBe(false);
  });

  it('sees a line drawn anywhere in the map area', () => {
    const area = Array.from({ length: 400 }, () => white);
    for (let i = 301; i < 309; i++) area[i] = [74, 85, 104, 255];
    expect(hasContent(pixels(...area))).toBe(true);
  });
});

describe('drawMap', () => {
  const board = sampleBoard();
  const map = drawMap(board, 'a4-portrait', {}, new Date(Date.UTC(2026, 2, 1)));

  it('is the drawn map of the board, titled and dated, with a card for every agency and no foreignObject', () => {
    expect(map.svg).not.toContain('foreignObject');
    expect(map.svg).toContain('1 March 2026');
    expect(map.svg).toContain('width="210mm" height="297mm"');
    expect(map.svg.match(/<g class="agency">/g)).toHaveLength(board.agencies.length);
    expect(map.svg).toContain('>Adult Social Care</text>');
  });

  it('is sized in pixels for the canvas, and only the root element changes', () => {
    const sized = sizedSvg(map.svg, 2480, 3508);
    expect(sized.startsWith('<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="2480" height="3508" viewBox=')).toBe(true);
    expect(sized.length - map.svg.length).toBe('24803508'.length - '210mm297mm'.length);
  });

  it('finds the map area in the picture’s pixels, at any scale', () => {
    const at1 = mapAreaInPixels(map.layout, map.layout.page.width);
    const at3 = mapAreaInPixels(map.layout, map.layout.page.width * 3);
    expect(at1.x).toBe(Math.floor(map.layout.mapArea.x));
    expect(at3.width).toBeGreaterThanOrEqual(at1.width * 3 - 3);
    expect(at3.y + at3.height).toBeLessThanOrEqual(Math.ceil(map.layout.page.height * 3) + 3);
  });
});
