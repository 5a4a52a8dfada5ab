import { describe, expect, it } from 'vitest';
import { createPartnership } from '../model/partnership.ts';
import { centre, overlaps, segmentHits, touchesConvex, type Rect } from './geometry.ts';
import { partnershipHulls, placeHullName, SCREEN_PADS } from './hulls.ts';

const card = (x: number, y: number): Rect => ({ x, y, width: 200, height: 70 });

describe('partnershipHulls', () => {
  // Three members in an L; Mental Health sits in the corner the L leaves empty: inside the
  // members' bounding box (the old rectangle outline drew it as a member) but not near them.
  const rects: Record<string, Rect> = {
    hospital: card(0, 0),
    council: card(600, 0),
    nursing: card(0, 500),
    mentalHealth: card(560, 420),
  };
  const team = createPartnership('p', ['hospital', 'council', 'nursing'], { name: 'Integrated Discharge Team' });

  it.each([
    ['on the page', undefined],
    ['on screen', SCREEN_PADS],
  ] as const)('a non-member inside the members’ bounding box is outside the hull (%s)', (_where, pads) => {
    const [hull] = partnershipHulls([team], (id) => rects[id], pads);
    const b = hull!.bounds;
    expect(overlaps(rects.mentalHealth!, b)).toBe(true);
    expect(touchesConvex(rects.mentalHealth!, hull!.points)).toBe(false);
    for (const m of team.memberIds) expect(touchesConvex(rects[m]!, hull!.points)).toBe(true);
  });

  it('pads a partnership further for each smaller one sharing a member, and draws the smaller on top', () => {
    const outer = createPartnership('outer', ['hospital', 'council', 'nursing'], { name: 'Outer' });
    const inner = createPartnership('inner', ['hospital', 'council'], { name: 'Inner' });
    const hulls = partnershipHulls([inner, outer], (id) => rects[id], SCREEN_PADS);
    expect(hulls.map((h) => h.partnership.id)).toEqual(['outer', 'inner']);
    expect(hulls[0]!.bounds.y).toBe(-SCREEN_PADS.base - SCREEN_PADS.nest);
    expect(hulls[1]!.bounds.y).toBe(-SCREEN_PADS.base);
  });

  it('leaves out members not on the map, and a partnership with none', () => {
    const gone = createPartnership('gone', ['nobody'], { name: 'Gone' });
    expect(partnershipHulls([gone], (id) => rects[id])).toEqual([]);
  });
});

describe('placeHullName', () => {
  const bounds = { x: 0, y: 100, width: 400, height: 200 };
  const size = { width: 120, height: 16 };

  it('puts the name above the outline at the left when nothing is in the way', () => {
    expect(placeHullName(bounds, size, () => true)).toEqual({ x: 8, y: 82, width: 120, height: 16 });
  });

  it('moves the name clear of a relationship line running past the outline’s top-left', () => {
    const line = { from: { x: 60, y: 0 }, to: { x: 60, y: 120 } };
    const rect = placeHullName(bounds, size, () => true, [line])!;
    expect(segmentHits(line.from, line.to, rect)).toBe(false);
    expect(rect.y).toBeLessThan(bounds.y);
  });

  it('says when there is no clear place', () => {
    expect(placeHullName(bounds, size, () => false)).toBeUndefined();
  });
});

describe('segmentHits', () => {
  const r = { x: 0, y: 0, width: 10, height: 10 };
  it.each([
    [{ x: -5, y: 5 }, { x: 15, y: 5 }, true],
    [{ x: 5, y: 5 }, { x: 6, y: 6 }, true],
    [{ x: -5, y: -5 }, { x: -1, y: 20 }, false],
    [{ x: 20, y: 0 }, { x: 20, y: 10 }, false],
    [{ x: -5, y: 20 }, { x: 20, y: -5 }, true],
  ])('%j to %j through the box: %s', (a, b, hits) => {
    expect(segmentHits(a, b, r)).toBe(hits);
    expect(centre(r)).toEqual({ x: 5, y: 5 });
  });
});
