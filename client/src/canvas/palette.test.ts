import { describe, expect, it } from 'vitest';
import { SECTORS } from '@partnermap/shared/model';
import { SECTOR_COLOURS } from './palette.ts';

describe('sector palette', () => {
  it('gives every sector its own colour', () => {
    const colours = SECTORS.map((s) => SECTOR_COLOURS[s]);
    expect(new Set(colours).size).toBe(SECTORS.length);
  });
});
