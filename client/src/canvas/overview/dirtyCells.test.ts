import { describe, expect, it } from 'vitest';
import { clipSegment } from '@partnermap/shared/render';
import { CELL_PX, DirtyCells } from './dirtyCells.ts';

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** The cell a screen point falls in, as "column,row", or undefined off the canvas. */
function cellAt(cells: DirtyCells, x: number, y: number): string | undefined {
  if (x < 0 || y < 0 || x >= cells.width || y >= cells.height) return undefined;
  return `${Math.floor(x / CELL_PX)},${Math.floor(y / CELL_PX)}`;
}

function markedCells(cells: DirtyCells): Set<string> {
  const marked = new Set<string>();
  for (const rect of cells.rects(1))
    for (let x = rect.x; x < rect.x + rect.width; x += CELL_PX) for (let y = rect.y; y < rect.y + rect.height; y += CELL_PX) marked.add(`${x / CELL_PX},${y / CELL_PX}`);
  return marked;
}

describe('clipSegment', () => {
  const box = { x: 0, y: 0, width: 100, height: 100 };
  const clip = (ax: number, ay: number, bx: number, by: number) => clipSegment({ x: ax, y: ay }, { x: bx, y: by }, box)?.flatMap((p) => [p.x, p.y]);
  it('keeps the part of a segment inside a box, and nothing of one that misses it', () => {
    expect(clip(10, 10, 20, 20)).toEqual([10, 10, 20, 20]);
    expect(clip(-50, 50, 150, 50)).toEqual([0, 50, 100, 50]);
    expect(clip(50, -50, 50, 150)).toEqual([50, 0, 50, 100]);
    expect(clip(-10, -10, -5, 200)).toBeUndefined();
    expect(clip(150, 0, 0, 150)).toEqual([100, 50, 50, 100]);
  });
});

describe('DirtyCells', () => {
  it('marks the cells under a box and its margin, and nothing else', () => {
    const cells = new DirtyCells(640, 320);
    cells.markBox(70, 70, 100, 90, 5);
    expect(markedCells(cells)).toEqual(new Set(['1,1']));
    cells.markBox(120, 70, 130, 90, 5);
    // The margin reaches over the edge at x = 128 into the next column.
    expect(markedCells(cells)).toEqual(new Set(['1,1', '2,1']));
    expect(cells.share).toBeCloseTo(2 / 50);
    expect(cells.touchesBox(0, 0, 10, 10, 0)).toBe(false);
    expect(cells.touchesBox(60, 10, 62, 60, 3)).toBe(false);
    expect(cells.touchesBox(60, 60, 62, 70, 3)).toBe(true);
  });

  it('joins the marked cells of a row into one rectangle with whole-pixel edges', () => {
    const cells = new DirtyCells(640, 320);
    cells.markBox(70, 10, 250, 20, 0);
    cells.markBox(70, 200, 80, 210, 0);
    expect(cells.rects(1)).toEqual([
      { x: 64, y: 0, width: 192, height: 64 },
      { x: 64, y: 192, width: 64, height: 64 },
    ]);
    for (const r of cells.rects(1.1)) for (const v of Object.values(r)) expect(Number.isInteger(v)).toBe(true);
    // Neighbouring cells share an edge at any ratio: no gap and no overlap between them.
    const column = new DirtyCells(640, 320);
    column.markBox(10, 10, 20, 300, 0);
    const rows = column.rects(1.1);
    expect(rows).toHaveLength(5);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.y).toBe(rows[i - 1]!.y + rows[i - 1]!.height);
    // The canvas is the pane's size times the ratio, rounded (1216 × 1.1 = 1337.6, so 1338 wide):
    // the last column's cells reach its last pixel.
    const edge = new DirtyCells(1216, 640);
    edge.markBox(1200, 630, 1215, 639, 0);
    expect(edge.rects(1.1)).toEqual([{ x: 1267, y: 633, width: 71, height: 71 }]);
  });

  it('says a box touches the marked cells exactly when one of them lies under it, after marks made in any order', () => {
    const next = generator(11);
    for (let round = 0; round < 200; round++) {
      const cells = new DirtyCells(1440, 900);
      const box = () => [next() * 1700 - 130, next() * 1100 - 100, next() * 1700 - 130, next() * 1100 - 100] as const;
      for (let m = 0; m < 1 + round % 4; m++) {
        const [x0, y0, x1, y1] = box();
        if (round % 2) cells.markBox(Math.min(x0, x1), Math.min(y0, y1), Math.min(x0, x1) + 40, Math.min(y0, y1) + 30, 2);
        else cells.markSegment(x0, y0, x1, y1, 2);
        // Asked between marks too: the answer follows the marks made since.
        const query = box();
        const marked = markedCells(cells);
        const [c0, c1] = [Math.floor((Math.min(query[0], query[2]) - 3) / CELL_PX), Math.floor((Math.max(query[0], query[2]) + 3) / CELL_PX)];
        const [r0, r1] = [Math.floor((Math.min(query[1], query[3]) - 3) / CELL_PX), Math.floor((Math.max(query[1], query[3]) + 3) / CELL_PX)];
        let under = false;
        for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) under ||= marked.has(`${c},${r}`);
        expect(cells.touchesBox(...query, 3)).toBe(under);
      }
    }
  });

  it('marks every cell a segment passes over, and says it touches exactly the marked cells it passes', () => {
    const next = generator(7);
    for (let round = 0; round < 300; round++) {
      const cells = new DirtyCells(1440, 900);
      const [ax, ay, bx, by] = [next() * 2000 - 300, next() * 1400 - 250, next() * 2000 - 300, next() * 1400 - 250];
      cells.markSegment(ax, ay, bx, by, 2);
      const marked = markedCells(cells);
      const passed = new Set<string>();
      for (let i = 0; i <= 2000; i++) {
        const cell = cellAt(cells, ax + ((bx - ax) * i) / 2000, ay + ((by - ay) * i) / 2000);
        if (cell) passed.add(cell);
      }
      for (const cell of passed) expect(marked.has(cell), `${cell} of ${[ax, ay, bx, by].map(Math.round)}`).toBe(true);

      // Another segment touches these cells if and only if it passes over one of them (or within its margin).
      const other = [next() * 1440, next() * 900, next() * 1440, next() * 900] as const;
      let crosses = false;
      for (let i = 0; i <= 2000 && !crosses; i++) {
        const x = other[0] + ((other[2] - other[0]) * i) / 2000;
        const y = other[1] + ((other[3] - other[1]) * i) / 2000;
        crosses = [-2, 0, 2].some((dx) => [-2, 0, 2].some((dy) => marked.has(cellAt(cells, x + dx, y + dy) ?? '')));
      }
      if (crosses) expect(cells.touchesSegment(...other, 2)).toBe(true);
    }
  });

  it('says a segment touches the marked cells whenever its stroke passes over one, wherever the marks are', () => {
    const next = generator(23);
    for (let round = 0; round < 400; round++) {
      const cells = new DirtyCells(1440, 900);
      // A few agencies' footprints, scattered (a colleague's move marks the old place and the new).
      for (let m = 0; m < 1 + (round % 3); m++) {
        const x = next() * 1440;
        const y = next() * 900;
        cells.markBox(x, y, x + 60, y + 30, 7);
      }
      const marked = markedCells(cells);
      // Lines from far off the screen to far off the other side, as a zoomed-in map has.
      const line = [next() * 5000 - 1800, next() * 3000 - 1000, next() * 5000 - 1800, next() * 3000 - 1000] as const;
      const margin = 6;
      let crosses = false;
      const length = Math.hypot(line[2] - line[0], line[3] - line[1]);
      const samples = Math.ceil(length);
      for (let i = 0; i <= samples && !crosses; i++) {
        const x = line[0] + ((line[2] - line[0]) * i) / samples;
        const y = line[1] + ((line[3] - line[1]) * i) / samples;
        crosses = [-margin, 0, margin].some((dx) => [-margin, 0, margin].some((dy) => marked.has(cellAt(cells, x + dx, y + dy) ?? '')));
      }
      if (crosses) expect(cells.touchesSegment(...line, margin), `${line.map(Math.round)}`).toBe(true);
      // One that passes two cells or more away from every marked cell is not drawn again.
      let near = false;
      for (let i = 0; i <= samples && !near; i++) {
        const x = line[0] + ((line[2] - line[0]) * i) / samples;
        const y = line[1] + ((line[3] - line[1]) * i) / samples;
        const [c, r] = [Math.floor(x / CELL_PX), Math.floor(y / CELL_PX)];
        for (let dc = -2; dc <= 2 && !near; dc++) for (let dr = -2; dr <= 2 && !near; dr++) near = marked.has(`${c + dc},${r + dr}`);
      }
      if (!near) expect(cells.touchesSegment(...line, margin), `${line.map(Math.round)}`).toBe(false);
    }
  });
});
