import type { ReactNode } from 'react';

interface Props<T extends string | number> {
  /** The group's accessible name. */
  label: string;
  options: readonly T[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  render: (option: T) => ReactNode;
  disabled?: boolean;
}

/** A row of on/off chips choosing several of a list, each a pressed/unpressed button. */
export function ToggleChips<T extends string | number>({ label, options, chosen, onChange, render, disabled }: Props<T>) {
  const toggle = (x: T) => onChange(chosen.includes(x) ? chosen.filter((y) => y !== x) : [...chosen, x]);
  return (
    <div className="chips" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="chip"
          aria-pressed={chosen.includes(option)}
          disabled={disabled}
          onClick={() => toggle(option)}
        >
          {render(option)}
        </button>
      ))}
    </div>
  );
}
