import { forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { Board } from '../model/board.ts';
import type { Position } from '../model/agency.ts';
import { grow, overlaps, type Rect } from '../render/geometry.ts';

/** An agency's size on screen when it has not been measured: the card's usual box. */
export const DEFAULT_CARD = { width: 200, height: 72 } as const;

/** Clear space between two agencies' cards: room for a relationship's line and its labels. */
export const TIDY_GAP = 90;
/** Clear space between a partnership's members and an agency outside it: room for the outline. */
const OUTSIDE_GAP = 60;

interface Body extends SimulationNodeDatum {
  id: string;
  width: number;
  height: number;
  x: number;
  y: number;
}

type SizeOf = (agencyId: string) => { width: number; height: number } | undefined;

/**
 * A tidy arrangement of the board's agencies, as new top-left positions by agency id: related
 * agencies near each other (d3-force: relationships as springs, agencies pushing apart), each
 * partnership's members pulled together and every other agency pushed out of the circle around
 * them, then cards moved apart until none overlap and each pair keeps room for labels. It starts
 * from where agencies are, so the map keeps its rough shape, and is centred where the map was.
 * Deterministic: the same board gives the same layout on every device.
 */
export function tidyLayout(board: Board, sizeOf: SizeOf = () => undefined): Map<string, Position> {
  const bodies: Body[] = board.agencies.map((a, i) => {
    const { width, height } = sizeOf(a.id) ?? DEFAULT_CARD;
    // Agencies stacked on one spot are fanned out so the forces can tell them apart.
    return { id: a.id, width, height, x: a.position.x + width / 2 + (i % 7), y: a.position.y + height / 2 + (i % 5) };
  });
  if (bodies.length === 0) return new Map();
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const before = middle(board.agencies.map((a, i) => ({ x: a.position.x + bodies[i]!.width / 2, y: a.position.y + bodies[i]!.height / 2 })));
  const links = board.relationships
    .filter((r) => byId.has(r.source) && byId.has(r.target) && r.source !== r.target)
    .map((r) => ({ source: r.source, target: r.target }));
  const groups = board.partnerships
    .map((p) => p.memberIds.map((id) => byId.get(id)).filter((b): b is Body => b !== undefined))
    .filter((members) => members.length > 0);
  const reach = (b: Body) => Math.hypot(b.width, b.height) / 2;

  const simulation = forceSimulation<Body>(bodies)
    .force('link', forceLink<Body, { source: string; target: string }>(links).id((b) => b.id).distance(330).strength(0.35))
    .force('charge', forceManyBody<Body>().strength(-900).distanceMax(1600))
    .force('collide', forceCollide<Body>((b) => reach(b) + TIDY_GAP / 2).strength(0.9))
    .force('together', (alpha) => {
      for (const members of groups) {
        const c = middle(members);
        for (const m of members) {
          m.vx! += (c.x - m.x) * 0.12 * alpha;
          m.vy! += (c.y - m.y) * 0.12 * alpha;
        }
      }
    })
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();

  separate(bodies, groups, reach);
  const after = middle(bodies);
  const positions = new Map<string, Position>();
  for (const b of bodies) {
    positions.set(b.id, {
      x: Math.round(b.x - after.x + before.x - b.width / 2),
      y: Math.round(b.y - after.y + before.y - b.height / 2),
    });
  }
  return positions;
}

function middle(bodies: readonly { x: number; y: number }[]): { x: number; y: number } {
  return {
    x: bodies.reduce((s, b) => s + b.x, 0) / bodies.length,
    y: bodies.reduce((s, b) => s + b.y, 0) / bodies.length,
  };
}

function rectOf(b: Body): Rect {
  return { x: b.x - b.width / 2, y: b.y - b.height / 2, width: b.width, height: b.height };
}

/**
 * The forces leave things roughly right; this makes them exactly so. In rounds, each agency
 * outside a partnership is pushed out of the circle around its members, and each pair of cards
 * closer than the gap is pushed apart along the shorter way, until nothing needs to move.
 */
function separate(bodies: Body[], groups: readonly Body[][], reach: (b: Body) => number): void {
  for (let round = 0; round < 400; round++) {
    let moved = false;
    for (const members of groups) {
      if (members.length < 2) continue;
      const inGroup = new Set(members);
      const c = middle(members);
      const radius = Math.max(...members.map((m) => Math.hypot(m.x - c.x, m.y - c.y) + reach(m)));
      for (const b of bodies) {
        if (inGroup.has(b)) continue;
        const d = Math.hypot(b.x - c.x, b.y - c.y);
        const need = radius + reach(b) + OUTSIDE_GAP;
        if (d >= need) continue;
        moved = true;
        const ux = d > 0 ? (b.x - c.x) / d : 1;
        const uy = d > 0 ? (b.y - c.y) / d : 0;
        // The outsider moves most of the way, the members a little the other way.
        const push = need - d + 1;
        b.x += ux * push * 0.8;
        b.y += uy * push * 0.8;
        for (const m of members) {
          m.x -= (ux * push * 0.2) / members.length;
          m.y -= (uy * push * 0.2) / members.length;
        }
      }
    }
    for (let i = 0; i < bodies.length; i++) {
      for (let j = i + 1; j < bodies.length; j++) {
        const a = bodies[i]!;
        const b = bodies[j]!;
        if (!overlaps(grow(rectOf(a), TIDY_GAP / 2), grow(rectOf(b), TIDY_GAP / 2))) continue;
        moved = true;
        const dx = (a.width + b.width) / 2 + TIDY_GAP - Math.abs(a.x - b.x);
        const dy = (a.height + b.height) / 2 + TIDY_GAP - Math.abs(a.y - b.y);
        if (dx < dy) {
          const s = (a.x < b.x || (a.x === b.x && i % 2 === 0) ? -1 : 1) * (dx / 2 + 0.5);
          a.x += s;
          b.x -= s;
        } else {
          const s = (a.y < b.y || (a.y === b.y && i % 2 === 0) ? -1 : 1) * (dy / 2 + 0.5);
          a.y += s;
          b.y -= s;
        }
      }
    }
    if (!moved) return;
  }
}
