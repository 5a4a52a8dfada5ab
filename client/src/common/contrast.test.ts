import { describe, expect, it } from 'vitest';
import { PRESENCE_COLOURS } from '@partnermap/shared/presence';
import { SECTORS } from '@partnermap/shared/model';
import { SECTOR_COLOURS } from '../canvas/palette.ts';
import { contrastRatio, readableTextOn } from './contrast.ts';

/** What a shape sits on: cards and panels are white, the map's canvas a light grey (styles.css --canvas). */
const BACKGROUNDS = ['#ffffff', '#f4f6f9'];

describe('contrastRatio', () => {
  it('matches the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/);
  });
});

describe('readableTextOn', () => {
  it('picks white on dark colours and dark text on light ones', () => {
    expect(readableTextOn('#0a58ca')).toBe('#ffffff');
    expect(readableTextOn('#f0e442')).toBe('#172033');
  });
});

const palettes: [string, readonly (readonly [string, string])[]][] = [
  ['sector', SECTORS.map((s) => [s, SECTOR_COLOURS[s]] as const)],
  ['person', PRESENCE_COLOURS.map((c) => [c, c] as const)],
];

describe.each(palettes)('the %s palette', (_, entries) => {
  it.each(entries)('%s stands out at 3:1 as a shape against the page and the canvas', (_name, colour) => {
    for (const background of BACKGROUNDS) expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(3);
  });

  it.each(entries)('%s carries text at 4.5:1 (white or dark, whichever it takes)', (_name, colour) => {
    expect(contrastRatio(readableTextOn(colour), colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every entry its own colour', () => {
    expect(new Set(entries.map(([, c]) => c.toLowerCase())).size).toBe(entries.length);
  });
});
