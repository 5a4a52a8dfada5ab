import type { ReactNode } from 'react';

interface Props {
  title: string;
  children?: ReactNode;
  busy?: boolean;
  onRetry?: () => void;
  /** The one thing to do next, offered first. */
  action?: { label: string; onClick: () => void };
}

/** A full-page message: loading, or why a board cannot be shown. */
export function Notice({ title, children, busy, onRetry, action }: Props) {
  return (
    <main className="notice">
      <div className="notice__card" role={busy ? 'status' : undefined}>
        {busy && <span className="spinner" aria-hidden />}
        <h1>{title}</h1>
        {children && <p>{children}</p>}
        <div className="notice__actions">
          {action && (
            <button type="button" className="button button--primary" onClick={action.onClick}>
              {action.label}
            </button>
          )}
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
