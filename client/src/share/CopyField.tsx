import { useId, useRef, useState } from 'react';
import { announce } from '../common/announce.ts';

interface Props {
  label: string;
  value: string;
  /** One line saying what the link allows. */
  meaning: string;
}

/** A link to hand on: shown in full, with a Copy button that says when it worked. */
export function CopyField({ label, value, meaning }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Some browsers refuse the clipboard API (plain-http LAN addresses): copy the selection instead.
      input.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
    announce(`${label} copied.`);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        <input type="text" id={id} ref={input} readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void copy()} aria-label={`Copy the ${label.toLowerCase()}`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="copy-field__meaning">{meaning}</p>
    </div>
  );
}
