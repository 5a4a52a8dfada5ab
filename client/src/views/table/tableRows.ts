import type { BoardIndex } from '@partnermap/shared/formats';
import type { TableColumn } from './tableColumns.ts';

export interface Sort {
  columnId: string;
  direction: 'ascending' | 'descending';
}

/** What the rows are narrowed to: words anywhere in a row, and a chosen value per column. */
export interface Filters {
  text: string;
  /** Column id to the value a row must hold (for a list column, among its values). */
  values: Record<string, string>;
}

export const NO_FILTERS: Filters = { text: '', values: {} };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Rows in the chosen order; rows that tie keep their board order, so a sort by sector still lists
 * each sector's agencies in a steady order while colleagues edit.
 */
export function sortRows<T, F>(rows: readonly T[], columns: readonly TableColumn<T, F>[], sort: Sort | undefined, index: BoardIndex): T[] {
  const column = sort && columns.find((c) => c.id === sort.columnId);
  if (!sort || !column) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, key: column.sortKey(row, index) }))
    .sort((a, b) => sign * compareKeys(a.key, b.key) || a.i - b.i)
    .map((x) => x.row);
}

/** Rows holding every word of the text (in any column, any case) and every chosen value. */
export function filterRows<T, F>(rows: readonly T[], columns: readonly TableColumn<T, F>[], filters: Filters, index: BoardIndex): T[] {
  const words = filters.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const chosen = Object.entries(filters.values).flatMap(([id, value]) => {
    const column = columns.find((c) => c.id === id);
    return column?.edit && value !== undefined ? [{ read: column.edit.read, value }] : [];
  });
  return rows.filter((row) => {
    for (const { read, value } of chosen) {
      const held = read(row);
      if (Array.isArray(held) ? !held.includes(value) : held !== value) return false;
    }
    if (words.length === 0) return true;
    const haystack = columns.map((c) => c.text(row, index)).join('\n').toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** The next sort when a column's header is pressed: ascending first, then descending, then ascending. */
export function nextSort(current: Sort | undefined, columnId: string): Sort {
  if (current?.columnId === columnId && current.direction === 'ascending') return { columnId, direction: 'descending' };
  return { columnId, direction: 'ascending' };
}

/** A cell of the grid: row and column, counted from 0 among the rows shown. */
export interface Cell {
  row: number;
  col: number;
}

/**
 * The cell a navigation key moves to (the WAI-ARIA grid pattern): arrows by one, Home and End
 * along the row, Ctrl+Home and Ctrl+End to the corners, Page Up and Down by `page` rows.
 * Undefined for any other key.
 */
export function cellAfterKey(
  cell: Cell,
  key: string,
  size: { rows: number; cols: number; page: number },
  ctrl = false,
): Cell | undefined {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  const clamp = (row: number, col: number) => ({
    row: Math.min(lastRow, Math.max(0, row)),
    col: Math.min(lastCol, Math.max(0, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(cell.row - 1, cell.col);
    case 'ArrowDown':
      return clamp(cell.row + 1, cell.col);
    case 'ArrowLeft':
      return clamp(cell.row, cell.col - 1);
    case 'ArrowRight':
      return clamp(cell.row, cell.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(cell.row, 0);
    case 'End':
      return ctrl ? clamp(lastRow, lastCol) : clamp(cell.row, lastCol);
    case 'PageUp':
      return clamp(cell.row - size.page, cell.col);
    case 'PageDown':
      return clamp(cell.row + size.page, cell.col);
    default:
      return undefined;
  }
}

/** Selected ids that are still rows of the table (a colleague may have removed some). */
export function stillThere(selected: ReadonlySet<string>, rows: readonly { id: string }[]): Set<string> {
  const ids = new Set(rows.map((r) => r.id));
  return new Set([...selected].filter((id) => ids.has(id)));
}
