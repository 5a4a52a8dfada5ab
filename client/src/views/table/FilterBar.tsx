import { useId } from 'react';
import type { TableColumn } from './tableColumns.ts';
import type { Filters } from './tableRows.ts';

/** The "any value" choice: no vocabulary id has brackets, and "not rated" (an empty value) stays choosable. */
const ANY = '(any)';

interface Props<T, F> {
  noun: { one: string; many: string };
  columns: TableColumn<T, F>[];
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** Words to look for in any column, and a value to keep per column with a closed list. */
export function FilterBar<T, F>({ noun, columns, filters, onChange }: Props<T, F>) {
  const textId = useId();
  const listed = columns.filter((c) => c.edit && c.edit.editor.kind !== 'text');
  const on = Object.keys(filters.values).length;
  const setValue = (id: string, value: string) => {
    const values = { ...filters.values };
    if (value === ANY) delete values[id];
    else values[id] = value;
    onChange({ ...filters, values });
  };
  return (
    <div className="table-filters">
      <label htmlFor={textId}>Filter {noun.many}</label>
      <input
        id={textId}
        type="search"
        value={filters.text}
        placeholder="Words in any column"
        onChange={(e) => onChange({ ...filters, text: e.target.value })}
      />
      {listed.length > 0 && (
        <details className="table-filters__more" open={on > 0 || undefined}>
          <summary>By column{on > 0 ? ` (${on} on)` : ''}</summary>
          <div className="table-filters__columns">
            {listed.map((c) => (
              <ColumnFilter key={c.id} column={c} value={filters.values[c.id]} onChange={(v) => setValue(c.id, v)} />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}

function ColumnFilter<T, F>({ column, value, onChange }: { column: TableColumn<T, F>; value: string | undefined; onChange: (v: string) => void }) {
  const id = useId();
  const editor = column.edit?.editor;
  if (!editor || editor.kind === 'text') return null;
  return (
    <span className="table-filters__column">
      <label htmlFor={id}>{column.title}</label>
      <select id={id} value={value ?? ANY} onChange={(e) => onChange(e.target.value)}>
        <option value={ANY}>Any</option>
        {editor.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </span>
  );
}
