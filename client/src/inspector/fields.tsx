import { useEffect, useId, useState, type Ref } from 'react';
import { useFold } from './folds.ts';
import './inspector.css';

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  maxLength?: number;
  hideLabel?: boolean;
  className?: string;
}

/**
 * A text field that edits the board as you type, so colleagues see it live. While it has focus it
 * keeps its own draft: a colleague's edit of the same field does not move the caret; it shows
 * once the field loses focus.
 */
export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, multiline, placeholder, disabled, inputRef, maxLength, hideLabel, className } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  const shared = {
    id,
    ref: inputRef,
    value: draft,
    placeholder,
    disabled,
    maxLength,
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      onCommit(e.target.value);
    },
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {multiline ? <textarea rows={3} {...shared} /> : <input type="text" {...shared} />}
    </div>
  );
}

export interface Choice<T> {
  value: T;
  label: string;
  meaning?: string;
}

interface ChoiceFieldProps<T> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Options side by side; below, the meaning of the one hovered or focused, else of the chosen one. */
  compact?: boolean;
}

/** Radio options, each with its one-line meaning in plain words. */
export function ChoiceField<T extends string | number>(props: ChoiceFieldProps<T>) {
  const { legend, choices, value, onChange, disabled, compact } = props;
  const name = useId();
  const [pointed, setPointed] = useState<T | undefined>(undefined);
  const shown = choices.find((c) => c.value === (pointed ?? value));
  return (
    <fieldset className={`choice ${compact ? 'choice--compact' : ''}`} disabled={disabled}>
      <legend className="field__label">{legend}</legend>
      <div className="choice__options">
        {choices.map((c) => (
          <label
            key={String(c.value)}
            className={`choice__option ${c.value === value ? 'is-chosen' : ''}`}
            title={c.meaning}
            onMouseEnter={() => setPointed(c.value)}
            onMouseLeave={() => setPointed(undefined)}
          >
            <input
              onFocus={() => setPointed(c.value)}
              onBlur={() => setPointed(undefined)}
              type="radio"
              name={name}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
              aria-describedby={compact ? `${name}-meaning` : `${name}-${c.value}`}
            />
            <span className="choice__label">{c.label}</span>
            {!compact && c.meaning && (
              <span className="choice__meaning" id={`${name}-${c.value}`}>
                {c.meaning}
              </span>
            )}
          </label>
        ))}
      </div>
      {compact && shown?.meaning && (
        <p className="choice__chosen-meaning" id={`${name}-meaning`}>
          {shown.value !== value && <strong>{shown.label}: </strong>}
          {shown.meaning}
        </p>
      )}
    </fieldset>
  );
}

/** Turns a label table and a meaning table into choices, in the order of the enum. */
export function choicesOf<T extends string | number>(
  values: readonly T[],
  labels: Record<T, string>,
  meanings?: Record<T, string>,
): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value], meaning: meanings?.[value] }));
}

interface SectionProps {
  title: string;
  children: React.ReactNode;
}

/** A titled part of the inspector that folds away (its heading is the button), remembered on this device. */
export function Section({ title, children }: SectionProps) {
  const [folded, toggle] = useFold(title);
  const body = useId();
  return (
    <section className={`inspector__section${folded ? ' is-folded' : ''}`} aria-label={title}>
      <h3>
        <button type="button" className="section__fold" aria-expanded={!folded} aria-controls={body} onClick={toggle}>
          <span className="section__fold-mark" aria-hidden>
            ▾
          </span>
          {title}
        </button>
      </h3>
      <div id={body} hidden={folded}>
        {children}
      </div>
    </section>
  );
}

/** Why the last edit made here did not happen, in plain words, next to the controls it concerns. */
export function SoftProblem({ problem }: { problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p className="soft-problem" role="alert" data-testid="soft-problem">
      {problem}
    </p>
  );
}
