import type { Position } from '../model/agency.ts';

/** Room for one agency card with a gap around it, so imported agencies never overlap. */
const CELL = { width: 240, height: 160 };

/** Positions for `count` agencies on a roughly square grid, row by row from the origin. */
export function gridPositions(count: number): Position[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  return Array.from({ length: count }, (_v, i) => ({
    x: (i % columns) * CELL.width,
    y: Math.floor(i / columns) * CELL.height,
  }));
}
