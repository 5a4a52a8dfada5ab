import { describe, expect, it } from 'vitest';
import { boundsOfRects } from './geometry.ts';

describe('the box around boxes', () => {
  it('reaches from the leftmost and topmost edge to the rightmost and lowest', () => {
    const boxes = [
      { x: 10, y: 40, width: 200, height: 72 },
      { x: -50, y: 300, width: 100, height: 20 },
      { x: 400, y: -5, width: 10, height: 10 },
    ];
    expect(boundsOfRects(boxes)).toEqual({ x: -50, y: -5, width: 460, height: 325 });
  });

  it('is an empty box at the origin for no boxes', () => {
    expect(boundsOfRects([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
