import { describe, expect, it } from 'vitest';
import { over } from './drawOverview.ts';

describe('over', () => {
  it('mixes a see-through colour with the background into the solid colour it shows as', () => {
    expect(over('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(over('#3b4658', 1)).toBe('#3b4658');
    expect(over('#3b4658', 0)).toBe('#f4f6f9');
  });
});
