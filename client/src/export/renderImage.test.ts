import { describe, expect, it } from 'vitest';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { dateLine, hasContent } from './renderImage.ts';

describe('hasContent', () => {
  const pixels = (...rgba: number[][]) => Uint8ClampedArray.from(rgba.flat());
  const white = [255, 255, 255, 255];

  it('calls an all-white map area empty', () => {
    expect(hasContent(pixels(...Array.from({ length: 400 }, () => white)))).toBe(false);
  });

  it('sees a line drawn anywhere in the map area', () => {
    const area = Array.from({ length: 400 }, () => white);
    // A line a few pixels long, as the thinnest relationship line is at 2x.
    for (let i = 301; i < 309; i++) area[i] = [74, 85, 104, 255];
    expect(hasContent(pixels(...area))).toBe(true);
  });
});

describe('dateLine', () => {
  it('gives the day of export and what the map holds', () => {
    const line = dateLine(sampleBoard(), new Date(2026, 2, 1));
    expect(line).toMatch(/2026 · 4 agencies, 3 relationships, 1 partnership$/);
    expect(line).toMatch(/March|Mar/);
  });
});
