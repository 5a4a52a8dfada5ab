import { describe, expect, it } from 'vitest';
import { fitPadding } from './panelRoom.ts';

const canvas = { width: 1024, height: 660 };

describe('fit view padding around the panels', () => {
  it('keeps the left strip clear of an open legend, tall and narrow', () => {
    const p = fitPadding({ legend: { width: 236, height: 480 }, overlay: 0 }, canvas);
    expect(p.left).toBeGreaterThanOrEqual(236);
    expect(p.bottom).toBeLessThan(100);
  });

  it('keeps the bottom strip clear of a closed legend, wide and short', () => {
    const p = fitPadding({ legend: { width: 110, height: 38 }, overlay: 0 }, canvas);
    expect(p.bottom).toBeGreaterThanOrEqual(38);
    expect(p.left).toBeLessThan(110);
  });

  it('keeps clear of an inspector drawn over the map', () => {
    expect(fitPadding({ legend: { width: 0, height: 0 }, overlay: 300 }, canvas).right).toBeGreaterThanOrEqual(300);
  });
});
