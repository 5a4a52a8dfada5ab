import { describe, expect, it } from 'vitest';
import { clockwise, firstInReadingOrder, isInView, matchByName, nearestInDirection, nearestTo, readingOrder, shiftIntoView } from './navigation.ts';

const at = (id: string, x: number, y: number) => ({ id, centre: { x, y } });

describe('nearestInDirection', () => {
  // A small board:   a      b
  //                      c
  //                  d      e
  const a = at('a', 0, 0);
  const b = at('b', 400, 0);
  const c = at('c', 200, 150);
  const d = at('d', 0, 300);
  const e = at('e', 400, 300);
  const all = [a, b, c, d, e];
  const from = (p: { centre: { x: number; y: number } }, dir: 'up' | 'down' | 'left' | 'right') =>
    nearestInDirection(p.centre, all.filter((x) => x !== p), dir)?.id;

  it('goes to the neighbour on the same row or column before a nearer one off to the side', () => {
    expect(from(a, 'right')).toBe('b');
    expect(from(a, 'down')).toBe('d');
    expect(from(b, 'left')).toBe('a');
    expect(from(e, 'up')).toBe('b');
  });

  it('takes the one in between when it is nearer along the way', () => {
    expect(nearestInDirection(a.centre, [b, at('m', 150, 20)], 'right')?.id).toBe('m');
    expect(from(d, 'up')).toBe('a');
  });

  it('finds nothing when no agency lies that way', () => {
    expect(from(a, 'left')).toBeUndefined();
    expect(from(a, 'up')).toBeUndefined();
    expect(from(e, 'right')).toBeUndefined();
  });

  it('never counts an agency level with it, or almost level, as ahead', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, [at('level', 0, 0)], 'down')).toBeUndefined();
    // A taller neighbour's centre sits a little lower: Down still goes to the one below.
    expect(nearestInDirection({ x: 520, y: 30 }, [at('taller', 0, 38), at('below', 1040, 350)], 'down')?.id).toBe('below');
  });
});

describe('nearestTo and readingOrder', () => {
  it('finds the closest whatever the direction', () => {
    expect(nearestTo({ x: 190, y: 140 }, [at('a', 0, 0), at('c', 200, 150)])?.id).toBe('c');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeUndefined();
  });

  it('reads top to bottom, then left to right', () => {
    expect(readingOrder([at('d', 0, 300), at('b', 400, 0), at('a', 0, 0)]).map((x) => x.id)).toEqual(['a', 'b', 'd']);
  });

  it('finds the first in reading order without sorting, the earlier of two in the same place', () => {
    const items = [at('d', 0, 300), at('b', 400, 0), at('a', 0, 0), at('a2', 0, 0)];
    expect(firstInReadingOrder(items)).toBe(readingOrder(items)[0]);
    expect(firstInReadingOrder(items)?.id).toBe('a');
    expect(firstInReadingOrder([])).toBeUndefined();
  });
});

describe('matchByName', () => {
  const items = [
    { id: '1', name: 'Adult Social Care' },
    { id: '2', name: 'Age Concern' },
    { id: '3', name: 'Riverside GP' },
    { id: '4', name: 'Écoles de Northshire' },
  ];

  it('finds the next name starting with what was typed, wrapping round', () => {
    expect(matchByName(items, 'a')?.id).toBe('1');
    expect(matchByName(items, 'a', '1')?.id).toBe('2');
    expect(matchByName(items, 'a', '2')?.id).toBe('1');
    expect(matchByName(items, 'AGE')?.id).toBe('2');
  });

  it('ignores accents and falls back to a name containing the text', () => {
    expect(matchByName(items, 'eco')?.id).toBe('4');
    expect(matchByName(items, 'gp')?.id).toBe('3');
    expect(matchByName(items, 'zzz')).toBeUndefined();
    expect(matchByName(items, ' ')).toBeUndefined();
  });
});

describe('clockwise', () => {
  it('orders relationships round an agency from twelve o’clock', () => {
    const centre = { x: 0, y: 0 };
    const items = [
      { id: 'west', other: { x: -100, y: 0 } },
      { id: 'south', other: { x: 0, y: 100 } },
      { id: 'north', other: { x: 0, y: -100 } },
      { id: 'east', other: { x: 100, y: 0 } },
    ];
    expect(clockwise(centre, items).map((i) => i.id)).toEqual(['north', 'east', 'south', 'west']);
  });
});

describe('isInView', () => {
  const bounds = { x: 0, y: 0, width: 1000, height: 600 };
  const legend = { x: 15, y: 350, width: 240, height: 235 };

  it('accepts a rectangle inside the map and clear of the panels', () => {
    expect(isInView({ x: 400, y: 200, width: 200, height: 80 }, bounds, [legend])).toBe(true);
  });

  it('refuses one partly off the map or under a panel', () => {
    expect(isInView({ x: 900, y: 200, width: 200, height: 80 }, bounds, [legend])).toBe(false);
    expect(isInView({ x: 100, y: 400, width: 200, height: 80 }, bounds, [legend])).toBe(false);
    expect(isInView({ x: 400, y: -10, width: 200, height: 80 }, bounds, [])).toBe(false);
  });
});

describe('shiftIntoView', () => {
  const bounds = { x: 0, y: 0, width: 1000, height: 600 };
  const legend = { x: 15, y: 350, width: 240, height: 235 };
  const tools = { x: 300, y: 10, width: 400, height: 50 };
  const shifted = (r: { x: number; y: number; width: number; height: number }, s: { dx: number; dy: number }) => ({ ...r, x: r.x + s.dx, y: r.y + s.dy });

  it('leaves alone what is in view', () => {
    expect(shiftIntoView({ x: 400, y: 200, width: 200, height: 80 }, bounds, [legend, tools])).toBeUndefined();
  });

  it('moves a bar under the legend past its nearest side, the shortest way', () => {
    // Its top is 20 px into the legend: up by that and the margin, rather than right past the legend's 240 px.
    const bar = { x: 60, y: 330, width: 180, height: 40 };
    const s = shiftIntoView(bar, bounds, [legend, tools])!;
    expect(s).toEqual({ dx: 0, dy: -(bar.y + bar.height - legend.y + 8) });
    expect(isInView(shifted(bar, s), bounds, [legend, tools])).toBe(true);
  });

  it('brings one off the map inside it, then clear of a panel there', () => {
    const offBottom = { x: 500, y: 590, width: 180, height: 40 };
    const s1 = shiftIntoView(offBottom, bounds, [legend])!;
    expect(s1).toEqual({ dx: 0, dy: 600 - 8 - (590 + 40) });
    // Off the left edge, low down: inside the map puts it on the legend, which it then clears upwards.
    const offLeft = { x: -50, y: 500, width: 100, height: 40 };
    const s2 = shiftIntoView(offLeft, bounds, [legend])!;
    expect(isInView(shifted(offLeft, s2), bounds, [legend])).toBe(true);
    expect(s2.dx).toBe(58);
  });

  it('centres what none of those moves clears', () => {
    const bar = { x: 100, y: 100, width: 400, height: 40 };
    // A panel over the whole map.
    expect(shiftIntoView(bar, bounds, [{ x: 0, y: 0, width: 1000, height: 600 }])).toEqual({ dx: 200, dy: 180 });
    // Under the left of two panels side by side, with a tall one above: past the first lands on
    // the second, and clearing both at once is not among the moves tried.
    const inside = { x: 100, y: 320, width: 150, height: 40 };
    const panels = [
      { x: 0, y: 300, width: 300, height: 300 },
      { x: 300, y: 300, width: 300, height: 300 },
      { x: 0, y: 0, width: 1000, height: 290 },
    ];
    expect(shiftIntoView(inside, bounds, panels)).toEqual({ dx: 325, dy: -40 });
  });
});
