import { useId, useState } from 'react';
import type { TableColumn } from './tableColumns.ts';

interface Props<T, F> {
  /** Only the editable columns. */
  columns: TableColumn<T, F>[];
  count: number;
  noun: { one: string; many: string };
  onApply: (column: TableColumn<T, F>, value: string | string[]) => void;
  onClear: () => void;
}

/** Sets one field to one value on every selected row: one change, undone in one step. */
export function BulkBar<T, F>({ columns, count, noun, onApply, onClear }: Props<T, F>) {
  const fieldId = useId();
  const valueId = useId();
  const [columnId, setColumnId] = useState(columns.find((c) => c.edit?.editor.kind === 'choice')?.id ?? columns[0]?.id);
  const column = columns.find((c) => c.id === columnId) ?? columns[0];
  const [value, setValue] = useState<string | string[]>('');
  if (!column?.edit) return null;
  const editor = column.edit.editor;
  const choose = (id: string) => {
    setColumnId(id);
    const next = columns.find((c) => c.id === id)?.edit?.editor;
    setValue(next?.kind === 'choice' ? (next.choices[0]?.value ?? '') : next?.kind === 'many' ? [] : '');
  };
  const shownValue = editor.kind === 'choice' && !editor.choices.some((c) => c.value === value) ? editor.choices[0]?.value : value;
  const chosen = Array.isArray(value) ? value : [];
  const toggle = (v: string) => setValue(chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v]);
  const rows = count === 1 ? noun.one : noun.many;

  return (
    <form
      className="bulk-bar"
      aria-label={`Change ${count} selected ${rows}`}
      data-testid="bulk-bar"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(column, shownValue ?? '');
      }}
    >
      <strong className="bulk-bar__count">
        {count} {rows} selected
      </strong>
      <label htmlFor={fieldId}>Set</label>
      <select id={fieldId} value={column.id} onChange={(e) => choose(e.target.value)}>
        {columns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      {editor.kind === 'many' ? (
        <fieldset className="bulk-bar__many">
          <legend>to</legend>
          {editor.choices.map((c) => (
            <label key={c.value} className="checkbox">
              <input type="checkbox" checked={chosen.includes(c.value)} onChange={() => toggle(c.value)} />
              {c.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={valueId}>to</label>
          {editor.kind === 'choice' ? (
            <select id={valueId} value={shownValue} onChange={(e) => setValue(e.target.value)}>
              {editor.choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          ) : (
            <input id={valueId} type="text" maxLength={editor.maxLength} value={String(value)} onChange={(e) => setValue(e.target.value)} />
          )}
        </>
      )}
      <button type="submit" className="button button--primary">
        Apply to {count} {rows}
      </button>
      <button type="button" className="button" onClick={onClear}>
        Clear selection
      </button>
    </form>
  );
}
