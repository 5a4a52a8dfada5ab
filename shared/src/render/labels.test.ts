import { describe, expect, it } from 'vitest';
import { createExchange, type Exchange } from '../model/exchange.ts';
import type { Currency } from '../model/currency.ts';
import { generatedBoard } from './fixtures/generatedBoard.ts';
import { overlaps, type Rect } from './geometry.ts';
import { layoutPage } from './layoutPage.ts';
import { labelLines, placeLabels, type FlowToLabel } from './labels.ts';

const ex = (id: string, currency: Currency, description = ''): Exchange =>
  createExchange(id, { relationshipId: 'r', from: 'a', to: 'b', currency, description });

/** Flows on `count` lines fanning out from one hub agency in the middle of the area. */
function star(count: number, radius: number, exchanges: Exchange[]): { flows: FlowToLabel[]; hub: Rect } {
  const hub = { x: 95, y: 95, width: 10, height: 10 };
  const flows = Array.from({ length: count }, (_v, i) => {
    const a = (2 * Math.PI * i) / count;
    return {
      id: `f${i}`,
      from: { x: 100 + 6 * Math.cos(a), y: 100 + 6 * Math.sin(a) },
      to: { x: 100 + radius * Math.cos(a), y: 100 + radius * Math.sin(a) },
      exchanges,
      oneWay: i % 2 === 0,
    };
  });
  return { flows, hub };
}

const AREA = { x: 0, y: 0, width: 200, height: 200 };

function expectApart(rects: readonly Rect[], solid: readonly Rect[]): void {
  for (const [i, a] of rects.entries()) {
    expect(rects.slice(i + 1).filter((b) => overlaps(a, b))).toEqual([]);
    expect(solid.filter((b) => overlaps(a, b))).toEqual([]);
  }
}

describe('labelLines', () => {
  const flow = { exchanges: [ex('1', 'referrals', 'Discharge notices'), ex('2', 'staff-time'), ex('3', 'referrals', 'Weekly list')], oneWay: true };
  it.each([
    ['exchanges', ['Referrals: Discharge notices (one-way)', 'Staff time', 'Referrals: Weekly list']],
    ['currencies', ['Referrals · Staff time (one-way)']],
    ['count', ['3 exchanges, one-way']],
  ] as const)('at the %s tier says %j', (tier, lines) => {
    expect(labelLines(flow, tier, 8)).toEqual(lines);
  });

  it('has no exchanges tier when nothing has a description: the currencies say it all', () => {
    expect(labelLines({ exchanges: [ex('1', 'money')], oneWay: false }, 'exchanges', 8)).toBeUndefined();
  });
});

describe('placeLabels', () => {
  it('with room, every flow says what it gives, described, and no two labels touch', () => {
    const { flows, hub } = star(4, 95, [ex('1', 'money', 'Grant')]);
    const { placed, leftOff } = placeLabels(flows, 7, { x: -200, y: -200, width: 600, height: 600 }, [hub]);
    expect(leftOff).toEqual([]);
    expect(placed.map((l) => l.tier)).toEqual(['exchanges', 'exchanges', 'exchanges', 'exchanges']);
    expectApart(placed.map((l) => l.rect), [hub]);
  });

  it('on a crowded star, labels collapse to counts before any is left off, and never overlap', () => {
    const many = [ex('1', 'money', 'A grant for the adaptations service'), ex('2', 'training', 'Falls training'), ex('3', 'premises', 'A room')];
    const { flows, hub } = star(16, 95, many);
    const { placed, leftOff } = placeLabels(flows, 7, AREA, [hub]);
    expect(placed.some((l) => l.tier === 'count')).toBe(true);
    expect(placed.length + leftOff.length).toBe(16);
    expectApart(placed.map((l) => l.rect), [hub]);
  });

  it('a flow with no free place is left off and reported, not drawn over another', () => {
    const { flows, hub } = star(40, 40, [ex('1', 'money', 'Grant')]);
    const { placed, leftOff } = placeLabels(flows, 7, AREA, [hub]);
    expect(leftOff.length).toBeGreaterThan(0);
    expectApart(placed.map((l) => l.rect), [hub]);
  });
});

describe('placeLabels among many obstacles', () => {
  /** Seeded, so a failure can be run again. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return a / 2147483648;
    };
  }

  it('places a few flows clear of every obstacle, near or far, as if only those around them were given', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const at = () => ({ x: 100 + next() * 1800, y: 100 + next() * 1800 });
      // Small boxes everywhere, some on the lines, so that most places beside a line are taken.
      const obstacles = Array.from({ length: 400 }, () => ({ ...at(), width: 4 + next() * 40, height: 4 + next() * 20 }));
      const flows = Array.from({ length: 1 + Math.floor(next() * 4) }, (_v, i) => {
        const from = at();
        const to = { x: from.x + (next() - 0.5) * 400, y: from.y + (next() - 0.5) * 400 };
        return { id: `f${i}`, from, to, exchanges: [ex(`${i}`, 'money', 'A grant for the adaptations service')], oneWay: false };
      });
      const area = { x: 0, y: 0, width: 2000, height: 2000 };
      const { placed, leftOff } = placeLabels(flows, 7, area, obstacles);
      expect(placed.length + leftOff.length).toBe(flows.length);
      expectApart(placed.map((l) => l.rect), obstacles);
      // Far obstacles (beyond any label's reach of the lines, 600 units here) change nothing.
      const near = obstacles.filter((r) => flows.some((f) => overlaps(r, { x: Math.min(f.from.x, f.to.x) - 600, y: Math.min(f.from.y, f.to.y) - 600, width: Math.abs(f.to.x - f.from.x) + 1200, height: Math.abs(f.to.y - f.from.y) + 1200 })));
      expect(placeLabels(flows, 7, area, near)).toEqual({ placed, leftOff });
    }
  });
});

describe('labels on a crowded page', () => {
  it('a board too busy for A4 says in words how many labels were left off, and A3 shows more', () => {
    const board = generatedBoard(30, 3);
    const a4 = layoutPage(board, { page: 'a4-portrait', date: new Date() });
    const a3 = layoutPage(board, { page: 'a3-landscape', date: new Date() });
    expect(a4.map.leftOff.labels).toBeGreaterThan(0);
    expect(a4.notes.map((n) => n.text).join(' ')).toContain(`${a4.map.leftOff.labels} exchange labels left off for lack of room`);
    expect(a3.map.labels.length).toBeGreaterThan(a4.map.labels.length);
    expect(a4.notes.every((n) => n.y <= a4.page.height - a4.page.margin + 1)).toBe(true);
  });
});
