import { describe, expect, it } from 'vitest';
import { placeBar } from './placeBar.ts';

describe('placeBar', () => {
  it('puts the bar below the middle of a flat line, a fixed screen distance away at any zoom', () => {
    expect(placeBar({ x: 0, y: 0 }, { x: 400, y: 20 }, 1)).toEqual({ x: 200, y: 28, alignX: 'center', alignY: 'top' });
    expect(placeBar({ x: 400, y: 20 }, { x: 0, y: 0 }, 2).y).toBe(10 + 9);
  });

  it('puts it to the right of a steep line', () => {
    expect(placeBar({ x: 0, y: 0 }, { x: 10, y: 400 }, 1)).toMatchObject({ x: 23, y: 200, alignX: 'left', alignY: 'center' });
  });

  it('puts it in the empty corner of a diagonal: below left when the line falls to the right, below right when it rises', () => {
    expect(placeBar({ x: 0, y: 0 }, { x: 300, y: 300 }, 1)).toMatchObject({ alignX: 'right', alignY: 'top', x: 132, y: 168 });
    expect(placeBar({ x: 0, y: 300 }, { x: 300, y: 0 }, 1)).toMatchObject({ alignX: 'left', alignY: 'top', x: 168, y: 168 });
  });
});
