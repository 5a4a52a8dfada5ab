import { describe, expect, it } from 'vitest';
import { jumpsBetween, positionAt } from './moves.ts';

const at = (id: string, x: number, y: number, dragging = false) => ({ id, position: { x, y }, dragging });

describe('jumpsBetween', () => {
  it('sees a rearrangement of several agencies as movement to show', () => {
    const moves = jumpsBetween([at('a', 0, 0), at('b', 10, 10), at('c', 5, 5)], [at('a', 400, 0), at('b', 10, 300), at('c', 5, 5)]);
    expect([...moves.keys()]).toEqual(['a', 'b']);
    expect(moves.get('a')).toEqual({ from: { x: 0, y: 0 }, to: { x: 400, y: 0 } });
  });

  it("leaves a single agency's move, small steps of a drag, new agencies and one being dragged here alone", () => {
    expect(jumpsBetween([at('a', 0, 0)], [at('a', 500, 0)]).size).toBe(0);
    expect(jumpsBetween([at('a', 0, 0), at('b', 0, 0)], [at('a', 30, 0), at('b', 30, 0)]).size).toBe(0);
    expect(jumpsBetween([at('a', 0, 0)], [at('a', 0, 0), at('b', 900, 900)]).size).toBe(0);
    expect(jumpsBetween([at('a', 0, 0, true), at('b', 0, 0)], [at('a', 500, 0), at('b', 10, 0)]).size).toBe(0);
  });

  it('finds each agency where it was when the order changed or an agency came or went', () => {
    const before = [at('a', 0, 0), at('b', 10, 10), at('c', 5, 5), at('d', 7, 7)];
    const after = [at('x', 0, 0), at('c', 5, 400), at('a', 300, 0), at('d', 7, 7)];
    const moves = jumpsBetween(before, after);
    expect(moves).toEqual(new Map([
      ['c', { from: { x: 5, y: 5 }, to: { x: 5, y: 400 } }],
      ['a', { from: { x: 0, y: 0 }, to: { x: 300, y: 0 } }],
    ]));
  });
});

describe('positionAt', () => {
  it('starts where the agency was, ends exactly where it goes, and passes half-way at the middle', () => {
    const move = { from: { x: 0, y: 100 }, to: { x: 200, y: -100 } };
    expect(positionAt(move, 0)).toEqual({ x: 0, y: 100 });
    expect(positionAt(move, 0.5)).toEqual({ x: 100, y: 0 });
    expect(positionAt(move, 1)).toEqual({ x: 200, y: -100 });
    expect(positionAt(move, 1.7)).toEqual({ x: 200, y: -100 });
  });
});
