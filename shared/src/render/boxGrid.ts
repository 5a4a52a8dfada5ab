import { overlaps, type Rect } from './geometry.ts';

/**
 * Boxes filed by the cells of a coarse grid, so that "does this box overlap any?" looks only at
 * the boxes near it. Placing the labels of a board of thousands of relationships checks every
 * candidate place against every agency and label: with a plain list that grew with the square of
 * the board and took seconds on each redraw.
 */
export class BoxGrid<K> {
  private readonly cells = new Map<string, Map<K, Rect>>();

  constructor(private readonly cellSize = 160) {}

  add(key: K, box: Rect): void {
    for (const cell of this.cellsOf(box)) {
      let boxes = this.cells.get(cell);
      if (!boxes) this.cells.set(cell, (boxes = new Map()));
      boxes.set(key, box);
    }
  }

  /** Takes out the box filed under this key (with the same bounds it was added with). */
  remove(key: K, box: Rect): void {
    for (const cell of this.cellsOf(box)) this.cells.get(cell)?.delete(key);
  }

  /** Whether the box overlaps any filed box other than the one under `skip`. */
  overlapsAny(box: Rect, skip?: K): boolean {
    for (const cell of this.cellsOf(box)) {
      const boxes = this.cells.get(cell);
      if (!boxes) continue;
      for (const [key, other] of boxes) if (key !== skip && overlaps(other, box)) return true;
    }
    return false;
  }

  private *cellsOf(box: Rect): Generator<string> {
    const x0 = Math.floor(box.x / this.cellSize);
    const x1 = Math.floor((box.x + box.width) / this.cellSize);
    const y0 = Math.floor(box.y / this.cellSize);
    const y1 = Math.floor((box.y + box.height) / this.cellSize);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield `${x},${y}`;
  }
}
