import type { ReactNode } from 'react';

/** What a view says when the board holds nothing for it yet, and how to get there. */
export function EmptyView({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-view panel" data-testid="empty-view">
      <h2>{title}</h2>
      <p>{children}</p>
    </div>
  );
}
