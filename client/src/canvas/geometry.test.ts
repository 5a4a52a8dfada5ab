import { describe, expect, it } from 'vitest';
import { borderPoint, edgeEnds, nodeRect, viewCentre } from './geometry.ts';

describe('borderPoint', () => {
  const r = { x: 0, y: 0, width: 200, height: 100 };
  it.each([
    [{ x: 500, y: 50 }, { x: 200, y: 50 }],
    [{ x: 100, y: -400 }, { x: 100, y: 0 }],
    [{ x: -50, y: 200 }, { x: 50, y: 100 }],
    [{ x: 100, y: 50 }, { x: 100, y: 50 }],
  ])('towards %o leaves at %o', (towards, expected) => {
    expect(borderPoint(r, towards)).toEqual(expected);
  });
});

describe('the centre of a view, which colleagues follow', () => {
  it.each([
    ['unpanned at zoom 1', { x: 0, y: 0, zoom: 1 }, { width: 800, height: 600 }, { x: 400, y: 300, zoom: 1 }],
    ['panned and zoomed in', { x: 100, y: 50, zoom: 2 }, { width: 800, height: 600 }, { x: 150, y: 125, zoom: 2 }],
    ['a projector twice as wide sees the same middle', { x: 500, y: 50, zoom: 2 }, { width: 1600, height: 600 }, { x: 150, y: 125, zoom: 2 }],
  ])('%s', (_what, viewport, size, expected) => {
    expect(viewCentre(viewport, size)).toEqual(expected);
  });
});

describe('node boxes and relationship ends', () => {
  it('has no box for a node React Flow has not measured yet', () => {
    expect(nodeRect({ position: { x: 5, y: 6 } })).toBeUndefined();
    expect(nodeRect({ position: { x: 5, y: 6 }, measured: { width: 100, height: 40 } })).toEqual({ x: 5, y: 6, width: 100, height: 40 });
  });

  it('runs a relationship between the facing borders of its agencies', () => {
    const left = { x: 0, y: 0, width: 100, height: 40 };
    const right = { x: 300, y: 0, width: 100, height: 40 };
    expect(edgeEnds(left, right)).toEqual({ from: { x: 100, y: 20 }, to: { x: 300, y: 20 } });
  });
});
