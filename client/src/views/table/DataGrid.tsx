import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { BoardIndex } from '@partnermap/shared/formats';
import { BulkBar } from './BulkBar.tsx';
import { CellEditor } from './CellEditor.tsx';
import { FilterBar } from './FilterBar.tsx';
import type { TableColumn } from './tableColumns.ts';
import { cellAfterKey, filterRows, nextSort, NO_FILTERS, sortRows, stillThere, type Cell, type Filters, type Sort } from './tableRows.ts';

export interface GridProps<T extends { id: string }, F> {
  caption: string;
  noun: { one: string; many: string };
  rows: readonly T[];
  columns: TableColumn<T, F>[];
  index: BoardIndex;
  /** What tells a row apart to a person: an agency's name, a relationship's two agencies. */
  rowName: (item: T) => string;
  readOnly: boolean;
  /** Writes one patch to the rows with these ids, as one change; returns words to announce. */
  onEdit: (ids: string[], patch: Partial<F>) => string | undefined;
  empty: string;
}

const ROW_HEIGHT = 38;
const PAGE = 10;

/**
 * A table that works as a WAI-ARIA grid: one Tab stop, arrow keys (Home, End, Page Up and Down)
 * move between cells, the header row included; Enter or F2 edits a cell and Escape leaves it,
 * focus back on the cell; Space selects a row. Rows are virtualised, so a board of thousands of
 * agencies scrolls as smoothly as one of ten; the rows outside the view are counted by aria-rowcount.
 */
export function DataGrid<T extends { id: string }, F>(props: GridProps<T, F>) {
  const { caption, noun, rows, columns, index, rowName, readOnly, onEdit, empty } = props;
  const gridId = useId();
  const [sort, setSort] = useState<Sort>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ id: string; col: number }>();
  const [status, setStatus] = useState('');
  const scroller = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);

  const shown = useMemo(
    () => sortRows(filterRows(rows, columns, filters, index), columns, sort, index),
    [rows, columns, filters, sort, index],
  );
  const selected = useMemo(() => stillThere(picked, shown), [picked, shown]);
  // The first column holds each row's checkbox, except on a view-only board.
  const lead = readOnly ? 0 : 1;
  const colCount = columns.length + lead;
  const cell = { row: Math.min(active.row, shown.length), col: Math.min(active.col, colCount - 1) };

  // oxlint-disable-next-line react/incompatible-library -- the app does not use the React Compiler; nothing here is memoised across renders
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  useEffect(() => {
    if (!wantFocus.current) return;
    const el = document.querySelector<HTMLElement>(`[data-grid="${gridId}"] [data-cell="${cell.row}:${cell.col}"]`);
    if (el) {
      wantFocus.current = false;
      el.focus();
    }
  });

  const moveTo = (next: Cell) => {
    setActive(next);
    wantFocus.current = true;
    if (next.row > 0) virtualizer.scrollToIndex(next.row - 1);
  };

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };
  const allPicked = shown.length > 0 && shown.every((r) => selected.has(r.id));
  const pickAll = () => setPicked(allPicked ? new Set() : new Set(shown.map((r) => r.id)));

  const startEdit = (row: number, col: number) => {
    const item = shown[row - 1];
    const column = columns[col - lead];
    if (readOnly || !item || !column?.edit) return;
    setActive({ row, col });
    setEditing({ id: item.id, col });
  };
  const finishEdit = (words?: string) => {
    setEditing(undefined);
    if (words !== undefined) setStatus(words);
    wantFocus.current = true;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing) return;
    const next = cellAfterKey(cell, e.key, { rows: shown.length + 1, cols: colCount, page: PAGE }, e.ctrlKey || e.metaKey);
    if (next) {
      e.preventDefault();
      moveTo(next);
      return;
    }
    const item = shown[cell.row - 1];
    if (!item) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      if (cell.col < lead) return;
      e.preventDefault();
      startEdit(cell.row, cell.col);
    } else if (e.key === ' ' && !readOnly && cell.col >= lead) {
      e.preventDefault();
      toggle(item.id);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a' && !readOnly) {
      e.preventDefault();
      setPicked(new Set(shown.map((r) => r.id)));
    }
  };

  const focusable = (row: number, col: number) => ({
    'data-cell': `${row}:${col}`,
    tabIndex: row === cell.row && col === cell.col ? 0 : -1,
    onFocus: () => setActive({ row, col }),
  });

  const sortedBy = sort && columns.find((c) => c.id === sort.columnId);
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const editable = columns.filter((c) => c.edit);

  if (rows.length === 0) return <p className="view-none data-grid__empty">{empty}</p>;

  return (
    <div className="data-grid" data-grid={gridId}>
      <FilterBar noun={noun} columns={columns} filters={filters} onChange={setFilters} />
      {!readOnly && selected.size > 0 && (
        <BulkBar
          columns={editable}
          count={selected.size}
          noun={noun}
          onClear={() => setPicked(new Set())}
          onApply={(column, value) => {
            const words = onEdit([...selected], column.edit!.write(value));
            if (words !== undefined) setStatus(words);
          }}
        />
      )}
      <p className="data-grid__status" role="status">
        {status}
      </p>
      <div className="data-grid__scroll" ref={scroller}>
        <table
          role="grid"
          className="data-grid__table"
          aria-rowcount={shown.length + 1}
          aria-colcount={colCount}
          aria-readonly={readOnly || undefined}
          aria-multiselectable={!readOnly || undefined}
          onKeyDown={onKeyDown}
        >
          <caption>
            {caption}: {shown.length === rows.length ? `${rows.length}` : `${shown.length} of ${rows.length} shown`}
            {sortedBy && `, sorted by ${sortedBy.title} (${sort.direction})`}.{' '}
            {!readOnly && 'Arrow keys move, Enter edits, Space selects a row.'}
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              {!readOnly && (
                <th scope="col" className="data-grid__pick" aria-colindex={1}>
                  <input
                    type="checkbox"
                    aria-label={`Select all shown ${noun.many}`}
                    checked={allPicked}
                    ref={(el) => {
                      if (el) el.indeterminate = selected.size > 0 && !allPicked;
                    }}
                    onChange={pickAll}
                    {...focusable(0, 0)}
                  />
                </th>
              )}
              {columns.map((c, i) => (
                <th
                  key={c.id}
                  scope="col"
                  aria-colindex={i + lead + 1}
                  aria-sort={sort?.columnId === c.id ? sort.direction : undefined}
                  className={`data-grid__head data-grid__col--${c.id}`}
                >
                  <button type="button" onClick={() => setSort(nextSort(sort, c.id))} {...focusable(0, i + lead)}>
                    {c.title}
                    <span aria-hidden="true" className="data-grid__arrow">
                      {sort?.columnId === c.id ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
            {items.map((v) => {
              const item = shown[v.index]!;
              const row = v.index + 1;
              const name = rowName(item);
              return (
                <tr
                  key={item.id}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={row + 1}
                  aria-selected={readOnly ? undefined : selected.has(item.id)}
                  className={selected.has(item.id) ? 'is-selected' : undefined}
                  data-testid="table-row"
                >
                  {!readOnly && (
                    <td role="gridcell" className="data-grid__pick" aria-colindex={1}>
                      <input
                        type="checkbox"
                        aria-label={`Select ${name}`}
                        checked={selected.has(item.id)}
                        onChange={() => toggle(item.id)}
                        {...focusable(row, 0)}
                      />
                    </td>
                  )}
                  {columns.map((c, i) => {
                    const col = i + lead;
                    const isEditing = editing?.id === item.id && editing.col === col;
                    const text = c.text(item, index);
                    return (
                      <td
                        key={c.id}
                        role="gridcell"
                        aria-colindex={col + 1}
                        aria-readonly={!c.edit || readOnly || undefined}
                        className={`data-grid__cell data-grid__col--${c.id}`}
                        title={text.length > 30 ? text : undefined}
                        onDoubleClick={() => startEdit(row, col)}
                        {...(isEditing ? {} : focusable(row, col))}
                      >
                        {isEditing && c.edit ? (
                          <CellEditor
                            editor={c.edit.editor}
                            label={`${c.title} of ${name}`}
                            value={c.edit.read(item)}
                            onCancel={() => finishEdit()}
                            onCommit={(value) => finishEdit(onEdit([item.id], c.edit!.write(value)))}
                          />
                        ) : (
                          <span className="data-grid__text">{text}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
          </tbody>
        </table>
        {shown.length === 0 && (
          <p className="view-none data-grid__empty">
            No {noun.many} match these filters.{' '}
            <button type="button" className="link" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
