import { describe, expect, it } from 'vitest';
import { SECTORS } from '@partnermap/shared/model';
import { INTEGRATION_STROKE, SECTOR_COLOURS } from './palette.ts';

describe('sector palette', () => {
  it('gives every sector its own colour', () => {
    const colours = SECTORS.map((s) => SECTOR_COLOURS[s]);
    expect(new Set(colours).size).toBe(SECTORS.length);
  });
});

describe('integration lines', () => {
  it('are drawn on screen as on the exported map: dotted up to thick and solid', () => {
    expect(INTEGRATION_STROKE).toEqual({
      1: { width: 2.5, dash: '0.1 4.5' },
      2: { width: 2.5, dash: '7 6' },
      3: { width: 3.5, dash: '16 5' },
      4: { width: 5.5, dash: undefined },
    });
  });
});
