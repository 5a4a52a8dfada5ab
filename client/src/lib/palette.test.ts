import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../../shared/src/index.ts';
import { SECTOR_COLOURS, textOn } from './palette.ts';

describe('sector palette', () => {
  it('gives every sector its own colour', () => {
    const colours = SECTORS.map((s) => SECTOR_COLOURS[s]);
    expect(new Set(colours).size).toBe(SECTORS.length);
  });

  it.each([
    ['#F0E442', '#000000'],
    ['#332288', '#ffffff'],
    ['#0072B2', '#ffffff'],
    ['#BBBBBB', '#000000'],
  ])('prints readable text on %s', (bg, fg) => {
    expect(textOn(bg)).toBe(fg);
  });
});
