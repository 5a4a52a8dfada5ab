import type { ReactNode } from 'react';

interface Props {
  title: string;
  children?: ReactNode;
  busy?: boolean;
  onRetry?: () => void;
  /** What the person can do about it, the first offered as the main choice. */
  actions?: readonly { label: string; onClick: () => void }[];
}

/** A full-page message: loading, or why a board cannot be shown. */
export function Notice({ title, children, busy, onRetry, actions = [] }: Props) {
  return (
    <main className="notice">
      <div className="notice__card" role={busy ? 'status' : undefined}>
        {busy && <span className="spinner" aria-hidden />}
        <h1>{title}</h1>
        {children && <p>{children}</p>}
        <div className="notice__actions">
          {actions.map((a, i) => (
            <button key={a.label} type="button" className={i === 0 ? 'button button--primary' : 'button'} onClick={a.onClick}>
              {a.label}
            </button>
          ))}
          {onRetry && (
            <button type="button" className="button button--primary" onClick={onRetry}>
              Try again
            </button>
          )}
          {!busy && (
            <a className="button" href="/">
              Go to your boards
            </a>
          )}
        </div>
      </div>
    </main>
  );
}
