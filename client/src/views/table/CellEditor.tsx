import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Editor } from './tableColumns.ts';

interface Props {
  editor: Editor;
  /** The field's name, for the input's label: "Name of Riverside GP". */
  label: string;
  value: string | string[];
  onCommit: (value: string | string[]) => void;
  onCancel: () => void;
}

/**
 * The editor inside a cell: Enter keeps the change (Shift+Enter is a new line in long text),
 * Escape drops it, and leaving the editor keeps it, as in a spreadsheet. It holds its own
 * draft, so a colleague's edit of the same field does not move the caret.
 */
export function CellEditor({ editor, label, value, onCommit, onCancel }: Props) {
  const [draft, setDraft] = useState(value);
  const done = useRef(false);
  const first = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(null);
  useEffect(() => {
    first.current?.focus();
    if (first.current && 'select' in first.current && editor.kind === 'text') first.current.select();
  }, [editor.kind]);

  const commit = () => {
    if (done.current) return;
    done.current = true;
    onCommit(draft);
  };
  const cancel = () => {
    done.current = true;
    onCancel();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // The grid around must not move or select while a key edits.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit();
    }
  };
  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) commit();
  };

  if (editor.kind === 'text') {
    const props = {
      ref: first,
      'aria-label': label,
      value: String(draft),
      maxLength: editor.maxLength,
      onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    };
    return (
      <div className="cell-editor" onKeyDown={onKeyDown} onBlur={onBlur}>
        {editor.multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      </div>
    );
  }
  if (editor.kind === 'choice') {
    return (
      <div className="cell-editor" onKeyDown={onKeyDown} onBlur={onBlur}>
        <select ref={first} aria-label={label} value={String(draft)} onChange={(e) => setDraft(e.target.value)}>
          {editor.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const chosen = Array.isArray(draft) ? draft : [];
  const toggle = (v: string) => setDraft(chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v]);
  return (
    <fieldset className="cell-editor cell-editor--many" onKeyDown={onKeyDown} onBlur={onBlur}>
      <legend className="visually-hidden">{label}</legend>
      {editor.choices.map((c, i) => (
        <label key={c.value} className="checkbox">
          <input
            ref={i === 0 ? first : undefined}
            type="checkbox"
            checked={chosen.includes(c.value)}
            onChange={() => toggle(c.value)}
          />
          {c.label}
        </label>
      ))}
      <span className="cell-editor__hint">Enter to keep, Escape to cancel</span>
    </fieldset>
  );
}
