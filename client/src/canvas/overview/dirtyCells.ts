import { clipFractions } from '@partnermap/shared/render/primitives';

/**
 * The parts of the overview canvas to paint again, as a grid of square cells on the screen. A
 * colleague's move changes a few shapes and lines; clearing and repainting only the cells they
 * touch, old place and new, costs a small share of painting thousands of lines again.
 *
 * Everything that touches a cell is drawn again in that cell, in the usual order, so a repainted
 * cell comes out as the whole picture would. The same footprints serve marking a change and
 * asking what to draw again, which keeps the two in agreement.
 */

/** A cell's side, in screen pixels. */
export const CELL_PX = 64;

export class DirtyCells {
  readonly cols: number;
  readonly rows: number;
  private readonly cells: Uint8Array;
  private marked = 0;
  /** The columns and rows the marked cells span (empty while none is marked). */
  private c0 = Infinity;
  private c1 = -Infinity;
  private r0 = Infinity;
  private r1 = -Infinity;
  /** Scratch for walking a segment: touchesSegment is asked of every line on each repaint. */
  private readonly clip = { x: 0, y: 0, width: 0, height: 0 };
  private readonly fractions: [number, number] = [0, 1];
  /**
   * How many cells are marked above and left of each grid corner (a summed-area table), made when
   * first asked after a mark: whether a box holds a marked cell is then four reads, not a walk.
   */
  private sums: Int32Array | undefined;

  constructor(readonly width: number, readonly height: number) {
    this.cols = Math.max(1, Math.ceil(width / CELL_PX));
    this.rows = Math.max(1, Math.ceil(height / CELL_PX));
    this.cells = new Uint8Array(this.cols * this.rows);
  }

  /** The share of the canvas marked, 0 to 1. */
  get share(): number {
    return this.marked / this.cells.length;
  }

  get empty(): boolean {
    return this.marked === 0;
  }

  /** Marks every cell a box touches, the box grown by `margin` on every side (screen pixels). */
  markBox(x0: number, y0: number, x1: number, y1: number, margin: number): void {
    this.eachCell(x0, y0, x1, y1, margin, (i) => {
      if (!this.cells[i]) {
        this.cells[i] = 1;
        this.marked++;
        this.sums = undefined;
        const c = i % this.cols;
        const r = (i - c) / this.cols;
        this.c0 = Math.min(this.c0, c);
        this.c1 = Math.max(this.c1, c);
        this.r0 = Math.min(this.r0, r);
        this.r1 = Math.max(this.r1, r);
      }
    });
  }

  touchesBox(x0: number, y0: number, x1: number, y1: number, margin: number): boolean {
    return this.anyMarkedIn(x0, y0, x1, y1, margin);
  }

  /** Marks the cells along a segment, `margin` pixels either side of it (half its width and more). */
  markSegment(ax: number, ay: number, bx: number, by: number, margin: number): void {
    const clip = this.clip;
    clip.x = -margin;
    clip.y = -margin;
    clip.width = this.width + 2 * margin;
    clip.height = this.height + 2 * margin;
    this.walk(ax, ay, bx, by, margin, true);
  }

  /**
   * Whether a segment passes within `margin` of a marked cell. Asked of every line on each
   * repaint, so it allocates nothing. Most segments' boxes hold no marked cell at all; of the
   * rest, only the part within the marked cells' span (and the margin) is walked, since no point
   * outside it is near one: a long line crossing the screen is a few steps, not dozens.
   */
  touchesSegment(ax: number, ay: number, bx: number, by: number, margin: number): boolean {
    if (!this.anyMarkedIn(ax, ay, bx, by, margin)) return false;
    const clip = this.clip;
    clip.x = this.c0 * CELL_PX - margin;
    clip.y = this.r0 * CELL_PX - margin;
    clip.width = (this.c1 - this.c0 + 1) * CELL_PX + 2 * margin;
    clip.height = (this.r1 - this.r0 + 1) * CELL_PX + 2 * margin;
    return this.walk(ax, ay, bx, by, margin, false);
  }

  /**
   * The marked cells as rectangles in the canvas's own pixels (screen pixels times `ratio`), runs
   * of a row joined. Edges fall on whole pixels so that a clip to them has no soft edge; the last
   * column and row reach the canvas's edge (its size is rounded, the cells' edges are not).
   */
  rects(ratio: number): { x: number; y: number; width: number; height: number }[] {
    const out = [];
    const edge = (n: number, count: number, size: number) => (n >= count ? Math.round(size * ratio) : Math.floor(n * CELL_PX * ratio));
    const x = (n: number) => edge(n, this.cols, this.width);
    const y = (n: number) => edge(n, this.rows, this.height);
    for (let r = 0; r < this.rows; r++) {
      let c = 0;
      while (c < this.cols) {
        if (!this.cells[r * this.cols + c]) {
          c++;
          continue;
        }
        const start = c;
        while (c < this.cols && this.cells[r * this.cols + c]) c++;
        out.push({ x: x(start), y: y(r), width: x(c) - x(start), height: y(r + 1) - y(r) });
      }
    }
    return out;
  }

  /** Whether a box, grown by `margin`, touches a marked cell. */
  private anyMarkedIn(x0: number, y0: number, x1: number, y1: number, margin: number): boolean {
    if (this.marked === 0) return false;
    const c0 = Math.max(0, Math.floor((Math.min(x0, x1) - margin) / CELL_PX));
    const c1 = Math.min(this.cols - 1, Math.floor((Math.max(x0, x1) + margin) / CELL_PX));
    const r0 = Math.max(0, Math.floor((Math.min(y0, y1) - margin) / CELL_PX));
    const r1 = Math.min(this.rows - 1, Math.floor((Math.max(y0, y1) + margin) / CELL_PX));
    if (c0 > c1 || r0 > r1) return false;
    const sums = (this.sums ??= this.summed());
    const w = this.cols + 1;
    return sums[(r1 + 1) * w + c1 + 1]! - sums[r0 * w + c1 + 1]! - sums[(r1 + 1) * w + c0]! + sums[r0 * w + c0]! > 0;
  }

  private summed(): Int32Array {
    const w = this.cols + 1;
    const sums = new Int32Array(w * (this.rows + 1));
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        sums[(r + 1) * w + c + 1] = this.cells[r * this.cols + c]! + sums[r * w + c + 1]! + sums[(r + 1) * w + c]! - sums[r * w + c]!;
      }
    }
    return sums;
  }

  /**
   * Walks the part of a segment inside `clip` in steps of half a cell, so that each step's box is
   * small even when the segment crosses the screen slantwise: marking each step's cells, or
   * answering whether one of them is marked.
   */
  private walk(ax: number, ay: number, bx: number, by: number, margin: number, mark: boolean): boolean {
    if (!clipFractions(ax, ay, bx, by, this.clip, this.fractions)) return false;
    const t0 = this.fractions[0];
    const t1 = this.fractions[1];
    const dx = bx - ax;
    const dy = by - ay;
    const steps = Math.max(1, Math.ceil((Math.hypot(dx, dy) * (t1 - t0)) / (CELL_PX / 2)));
    for (let i = 0; i < steps; i++) {
      const s0 = t0 + ((t1 - t0) * i) / steps;
      const s1 = t0 + ((t1 - t0) * (i + 1)) / steps;
      if (mark) this.markBox(ax + dx * s0, ay + dy * s0, ax + dx * s1, ay + dy * s1, margin);
      else if (this.anyMarkedIn(ax + dx * s0, ay + dy * s0, ax + dx * s1, ay + dy * s1, margin)) return true;
    }
    return false;
  }

  /** Runs `visit` on each cell index in a box. */
  private eachCell(x0: number, y0: number, x1: number, y1: number, margin: number, visit: (i: number) => void): void {
    const c0 = Math.max(0, Math.floor((Math.min(x0, x1) - margin) / CELL_PX));
    const c1 = Math.min(this.cols - 1, Math.floor((Math.max(x0, x1) + margin) / CELL_PX));
    const r0 = Math.max(0, Math.floor((Math.min(y0, y1) - margin) / CELL_PX));
    const r1 = Math.min(this.rows - 1, Math.floor((Math.max(y0, y1) + margin) / CELL_PX));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * this.cols + c);
  }
}
