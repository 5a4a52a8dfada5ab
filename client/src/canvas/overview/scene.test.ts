import { describe, expect, it } from 'vitest';
import { DirtyCells } from './dirtyCells.ts';
import { AGENCY_MARGIN, HULL_MARGIN, LINE_MARGIN, agencyBox, changedCells, hullBox, lineEnds } from './sceneChanges.ts';
import type { Partnership } from '@partnermap/shared/model';
import {
  CARD_ESTIMATE,
  DETAIL_ZOOM,
  OVERVIEW_ENTER_IN_VIEW,
  OVERVIEW_LEAVE_IN_VIEW,
  OVERVIEW_MIN_AGENCIES,
  agencyAt,
  agencyShownAt,
  countInView,
  nextMode,
  overviewScene,
  SceneParts,
  shownNear,
  viewBox,
  type OverviewAgencyInput,
  type OverviewLineInput,
  type OverviewScene,
  type Viewport,
} from './scene.ts';

const agency = (id: string, x: number, y: number, extra: Partial<OverviewAgencyInput> = {}): OverviewAgencyInput => ({
  id,
  name: `Agency ${id}`,
  sector: 'housing',
  position: { x, y },
  dimmed: false,
  selected: false,
  ...extra,
});
const line = (id: string, source: string, target: string, extra: Partial<OverviewLineInput> = {}): OverviewLineInput => ({
  id,
  source,
  target,
  integration: 2,
  dimmed: false,
  selected: false,
  ...extra,
});

describe('nextMode', () => {
  const big = OVERVIEW_MIN_AGENCIES + 1;

  it('never leaves the full map on a small board, however far out', () => {
    expect(nextMode('detail', OVERVIEW_MIN_AGENCIES, () => OVERVIEW_MIN_AGENCIES, 0.05)).toBe('detail');
    expect(nextMode('overview', 120, () => 120, 0.05)).toBe('detail');
  });

  it('shows the overview on a big board when many agencies are in view and cards are small', () => {
    expect(nextMode('detail', big, () => OVERVIEW_ENTER_IN_VIEW + 1, 0.2)).toBe('overview');
    expect(nextMode('detail', big, () => OVERVIEW_ENTER_IN_VIEW, 0.2)).toBe('detail');
  });

  it('shows the full map from the reading zoom, however many agencies are in view', () => {
    expect(nextMode('overview', 5000, () => 1000, DETAIL_ZOOM)).toBe('detail');
    // Close enough for cards, the agencies in view are not counted (it runs on every pan frame).
    expect(nextMode('overview', 5000, () => { throw new Error('counted'); }, DETAIL_ZOOM)).toBe('detail');
  });

  it('keeps its mode between the two counts, so a pan at the edge does not flicker', () => {
    const between = Math.round((OVERVIEW_ENTER_IN_VIEW + OVERVIEW_LEAVE_IN_VIEW) / 2);
    expect(nextMode('overview', big, () => between, 0.3)).toBe('overview');
    expect(nextMode('detail', big, () => between, 0.3)).toBe('detail');
    expect(nextMode('overview', big, () => OVERVIEW_LEAVE_IN_VIEW - 1, 0.3)).toBe('detail');
  });

  it('decides the same when the count stops at the number it is given', () => {
    const counting = (inView: number) => (enough: number) => Math.min(inView, enough);
    for (const mode of ['overview', 'detail'] as const) {
      for (const n of [0, OVERVIEW_LEAVE_IN_VIEW - 1, OVERVIEW_LEAVE_IN_VIEW, OVERVIEW_ENTER_IN_VIEW, OVERVIEW_ENTER_IN_VIEW + 1, 5000]) {
        expect(nextMode(mode, big, counting(n), 0.3)).toBe(nextMode(mode, big, () => n, 0.3));
      }
    }
  });
});

describe('viewBox and countInView', () => {
  it('turns pan and zoom into the part of the board in view', () => {
    expect(viewBox({ x: -100, y: 50, zoom: 0.5 }, { width: 800, height: 600 })).toEqual({ x: 200, y: -100, width: 1600, height: 1200 });
  });

  it('counts agencies overlapping the view, with unmeasured cards at their estimated size', () => {
    const view = { x: 0, y: 0, width: 1000, height: 1000 };
    const agencies = [agency('in', 10, 10), agency('edge', -CARD_ESTIMATE.width + 1, 0), agency('out', 1001, 0), agency('wide', -500, 0, { measured: { width: 501, height: 50 } })];
    expect(countInView(agencies, view)).toBe(3);
    expect(countInView(agencies, view, 2)).toBe(2);
  });
});

describe('overviewScene', () => {
  const agencies = [agency('a', 0, 0), agency('b', 400, 0, { dimmed: true }), agency('c', 5000, 5000), agency('d', 400, 300, { selected: true })];
  const lines = [line('ab', 'a', 'b'), line('ac', 'a', 'c', { integration: 4 }), line('cc', 'c', 'c'), line('ad', 'a', 'd', { selected: true }), line('bd', 'b', 'd', { dimmed: true })];
  const view = { x: -100, y: -100, width: 1200, height: 800 };

  it('draws only the agencies in view, dimmed first and selected last (on top)', () => {
    const scene = overviewScene(agencies, lines, view, 0.2);
    expect(scene.agencies.map((a) => a.id)).toEqual(['b', 'a', 'd']);
    expect(scene.agencies.find((a) => a.id === 'b')!.dimmed).toBe(true);
  });

  it('draws the lines that cross the view, centre to centre, even to an agency out of view', () => {
    const scene = overviewScene(agencies, lines, view, 0.2);
    expect(scene.lines.map((l) => l.id)).toEqual(['bd', 'ab', 'ac', 'ad']);
    const ac = scene.lines.find((l) => l.id === 'ac')!;
    expect(ac.from).toEqual({ x: CARD_ESTIMATE.width / 2, y: CARD_ESTIMATE.height / 2 });
    expect(ac.to).toEqual({ x: 5000 + CARD_ESTIMATE.width / 2, y: 5000 + CARD_ESTIMATE.height / 2 });
    expect(ac.integration).toBe(4);
  });

  it('leaves out lines nowhere near the view', () => {
    const far = overviewScene(agencies, lines, { x: 3000, y: -2000, width: 100, height: 100 }, 0.2);
    expect(far.lines).toEqual([]);
    expect(far.agencies).toEqual([]);
  });

  it('names an agency only when its name fits inside the shape at this zoom', () => {
    expect(overviewScene(agencies, [], view, 0.15).agencies.every((a) => a.name === undefined)).toBe(true);
    expect(overviewScene(agencies, [], view, 0.5).agencies.find((a) => a.id === 'a')!.name).toBe('Agency a');
    const long = [agency('long', 0, 0, { name: 'North Eastern Integrated Community Mental Health Services Trust' })];
    expect(overviewScene(long, [], view, 0.5).agencies[0]!.name).toBeUndefined();
  });

  it('outlines the partnerships in view around their members, the selected one marked', () => {
    const partnership = { id: 'p1', name: 'Home First team', model: 'co-located-staff', memberIds: ['a', 'd'] } as unknown as Partnership;
    const far = { ...partnership, id: 'p2', name: 'Far away', memberIds: ['c'] } as Partnership;
    const scene = overviewScene(agencies, [], view, 0.2, undefined, { all: [partnership, far], selectedId: 'p1' });
    expect(scene.hulls.map((h) => [h.id, h.name, h.selected])).toEqual([['p1', 'Home First team', true]]);
    const { bounds } = scene.hulls[0]!;
    expect(bounds.x).toBeLessThan(0);
    expect(bounds.y + bounds.height).toBeGreaterThan(300 + CARD_ESTIMATE.height);
  });

  it('draws just the given lines and no agencies when React Flow shows the cards', () => {
    const scene = overviewScene(agencies, lines, view, 0.8, { lines: new Set(['ac']) });
    expect(scene.agencies).toEqual([]);
    expect(scene.hulls).toEqual([]);
    expect(scene.lines.map((l) => l.id)).toEqual(['ac']);
  });
});

describe('agencyAt', () => {
  const scene = overviewScene([agency('under', 0, 0), agency('over', 100, 20), agency('lone', 1000, 0)], [], { x: -50, y: -50, width: 2000, height: 500 }, 0.1);

  it('finds the agency drawn on top under a board point', () => {
    expect(agencyAt(scene.agencies, { x: 150, y: 40 })).toBe('over');
    expect(agencyAt(scene.agencies, { x: 50, y: 40 })).toBe('under');
  });

  it('misses empty canvas, and forgives a near miss within the slop', () => {
    expect(agencyAt(scene.agencies, { x: 1000 - 30, y: 10 })).toBeUndefined();
    expect(agencyAt(scene.agencies, { x: 1000 - 30, y: 10 }, 40)).toBe('lone');
    expect(agencyAt(scene.agencies, { x: 1000 - 30, y: 10 }, 20)).toBeUndefined();
  });
});

describe('agencyShownAt', () => {
  it('hits the agency the overview paints on top, as its scene would', () => {
    const agencies = [agency('under', 0, 0, { selected: true }), agency('over', 100, 20), agency('dim', 120, 30, { dimmed: true })];
    const scene = overviewScene(agencies, [], { x: -50, y: -50, width: 2000, height: 500 }, 0.1);
    // Selected is painted over lit, lit over dimmed, whatever their order on the board.
    expect(agencyShownAt(agencies, { x: 150, y: 40 })).toMatchObject({ id: 'under', rect: { x: 0, y: 0, ...CARD_ESTIMATE } });
    expect(agencyShownAt(agencies, { x: 250, y: 60 })?.id).toBe('over');
    for (const point of [{ x: 150, y: 40 }, { x: 250, y: 60 }, { x: 310, y: 100 }, { x: 900, y: 0 }]) {
      expect(agencyShownAt(agencies, point, 30)?.id).toBe(agencyAt(scene.agencies, point, 30));
    }
  });
});

describe('shownNear', () => {
  it('shows React Flow the agencies near the view and any selected one, hides the rest', () => {
    const view = { x: 0, y: 0, width: 1000, height: 1000 };
    const shown = shownNear([agency('in', 500, 500), agency('margin', 1150, 0), agency('far', 3000, 0), agency('chosen', 9000, 0, { selected: true })], view);
    expect([...shown].sort()).toEqual(['chosen', 'in', 'margin']);
  });
});

describe('SceneParts', () => {
  it('builds the same scene as from scratch after any sequence of edits, keeping what did not change', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let agencies = Array.from({ length: 30 }, (_, i) => agency(`a${i}`, (i % 6) * 300, Math.floor(i / 6) * 200));
    let lines = Array.from({ length: 40 }, (_, i) => line(`l${i}`, `a${i % 30}`, `a${(i * 7 + 3) % 30}`));
    const parts = new SceneParts();
    const size = { width: 1200, height: 800 };
    let viewport = { x: 0, y: 0, zoom: 0.6 };
    let last = overviewScene(agencies, lines, viewBox(viewport, size), viewport.zoom, undefined, undefined, parts);
    for (let step = 0; step < 200; step++) {
      const unchanged = new Set(agencies);
      const i = next(agencies.length);
      const j = next(lines.length);
      const edit = next(6);
      if (edit === 0) agencies = agencies.map((a, k) => (k === i ? { ...a, position: { x: next(2000), y: next(1200) } } : a));
      if (edit === 1) agencies = agencies.map((a, k) => (k === i ? { ...a, dimmed: !a.dimmed, selected: next(3) === 0 } : a));
      if (edit === 2) lines = lines.map((l, k) => (k === j ? { ...l, integration: (1 + next(4)) as 1 | 2 | 3 | 4, selected: next(3) === 0 } : l));
      if (edit === 3) agencies = agencies.map((a, k) => (k === i ? { ...a, name: next(2) ? 'A much longer name than fits' : 'Hi', measured: { width: 120 + next(200), height: 60 + next(40) } } : a));
      if (edit === 4) viewport = { x: -next(600), y: -next(400), zoom: [0.3, 0.6, 1.2][next(3)]! };
      if (edit === 5) agencies = next(2) ? agencies.filter((_, k) => k !== i) : [...agencies, agency(`new${step}`, next(1500), next(900))];
      const view = viewBox(viewport, size);
      const scene = overviewScene(agencies, lines, view, viewport.zoom, undefined, undefined, parts);
      expect(scene).toEqual(overviewScene(agencies, lines, view, viewport.zoom));
      if (edit !== 4) {
        // An agency the map did not touch is the same object, so comparing scenes can skip it...
        const before = new Map(last.agencies.map((a) => [a.id, a]));
        for (const a of agencies) if (unchanged.has(a) && before.has(a.id)) expect(scene.agencies.find((s) => s.id === a.id)).toBe(before.get(a.id));
        // ...and the changes found are the ones a plain comparison by id finds.
        expect(changedCells(last, scene, viewport, size)?.rects(1)).toEqual(cellsByComparingAll(last, scene, viewport, size)?.rects(1));
      }
      last = scene;
    }
  });
});

/** changedCells done the plain way: every item matched by id and compared whole, the order compared as text. */
function cellsByComparingAll(before: OverviewScene, after: OverviewScene, view: Viewport, size: { width: number; height: number }) {
  const cells = new DirtyCells(size.width, size.height);
  const changed = new Set<string>();
  const compare = <T extends { id: string }>(was: readonly T[], now: readonly T[], mark: (x: T) => void) => {
    const old = new Map(was.map((x) => [x.id, x]));
    for (const x of now) {
      const w = old.get(x.id);
      old.delete(x.id);
      if (w && JSON.stringify(w) === JSON.stringify(x)) continue;
      if (w) mark(w);
      mark(x);
    }
    for (const w of old.values()) mark(w);
  };
  compare(before.agencies, after.agencies, (a) => {
    changed.add(a.id);
    cells.markBox(...agencyBox(a, view), AGENCY_MARGIN);
  });
  compare(before.lines, after.lines, (l) => cells.markSegment(...lineEnds(l, view), LINE_MARGIN));
  compare(before.hulls, after.hulls, (h) => {
    changed.add(h.id);
    cells.markBox(...hullBox(h, view), HULL_MARGIN);
  });
  const order = (xs: readonly { id: string }[]) => xs.filter((x) => !changed.has(x.id)).map((x) => x.id).join('\n');
  if (order(before.agencies) !== order(after.agencies) || order(before.hulls) !== order(after.hulls)) return undefined;
  return cells.share > 0.5 ? undefined : cells;
}
