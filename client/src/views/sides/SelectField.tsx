import { useId } from 'react';

interface Props {
  label: string;
  options: readonly { value: string; label: string; meaning?: string }[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/** A labelled drop-down, compact enough to set two sides' views side by side; the chosen meaning shows below. */
export function SelectField({ label, options, value, onChange, disabled }: Props) {
  const id = useId();
  const meaning = options.find((o) => o.value === value)?.meaning;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled} aria-describedby={meaning ? `${id}-meaning` : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {meaning && (
        <span className="select-field__meaning" id={`${id}-meaning`}>
          {meaning}
        </span>
      )}
    </div>
  );
}
