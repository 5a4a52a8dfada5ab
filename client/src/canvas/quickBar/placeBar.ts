import type { Point } from '../geometry.ts';

export interface BarPlace {
  x: number;
  y: number;
  alignX: 'left' | 'center' | 'right';
  alignY: 'top' | 'center' | 'bottom';
}

/** Screen pixels between the line's middle and the bar. */
const GAP = 18;

/**
 * Where the quick bar goes beside a relationship's line without covering it: a wide bar below a
 * flat line, to the right of a steep one, and in the corner the line leaves empty for a diagonal
 * one (below left of a line falling to the right, below right of a rising one). `zoom` turns the
 * gap into board units, as the bar keeps its size whatever the zoom.
 */
export function placeBar(from: Point, to: Point, zoom: number): BarPlace {
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const gap = GAP / zoom;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const steepness = Math.abs(Math.atan2(dy, dx === 0 ? 1e-9 : dx));
  const angle = Math.min(steepness, Math.PI - steepness);
  if (angle < Math.PI / 8) return { x: mid.x, y: mid.y + gap, alignX: 'center', alignY: 'top' };
  if (angle > (3 * Math.PI) / 8) return { x: mid.x + gap, y: mid.y, alignX: 'left', alignY: 'center' };
  const falling = dx * dy > 0;
  return falling
    ? { x: mid.x - gap, y: mid.y + gap, alignX: 'right', alignY: 'top' }
    : { x: mid.x + gap, y: mid.y + gap, alignX: 'left', alignY: 'top' };
}
