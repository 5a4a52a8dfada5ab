import { describe, expect, it } from 'vitest';
import { readLegendOpen, saveLegendOpen } from './legendOpen.ts';

function memory() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('the legend remembers whether it is open', () => {
  it('starts open on a wide screen and closed on a small one', () => {
    expect(readLegendOpen(1440, memory())).toBe(true);
    expect(readLegendOpen(1024, memory())).toBe(false);
  });

  it("keeps the person's choice whatever the screen", () => {
    const storage = memory();
    saveLegendOpen(false, storage);
    expect(readLegendOpen(1440, storage)).toBe(false);
    saveLegendOpen(true, storage);
    expect(readLegendOpen(1024, storage)).toBe(true);
  });
});
