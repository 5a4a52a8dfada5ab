import type { ReactNode } from 'react';
import { setMeta } from '@partnermap/shared/doc';
import type { ConnectionView } from '../sync/connectionStatus.ts';
import { useBoardContext } from './BoardContext.ts';
import { TextField } from '../inspector/fields.tsx';

const STATUS_WORDS: Record<ConnectionView['state'], string> = {
  connecting: 'Connecting…',
  live: 'Live',
  saving: 'Saving…',
  saved: 'All changes saved',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

interface Props {
  connection: ConnectionView;
  /** Slot for board-level actions added later (share, export). */
  actions?: ReactNode;
  /** Undo and redo of this person's own changes. */
  history?: ReactNode;
  /** Who is on the board now. */
  people?: ReactNode;
  /** The Share button (edit links only). */
  share?: ReactNode;
}

/** Home link, the board's editable title, the connection status, and room for actions. */
export function TopBar({ connection, actions, history, people, share }: Props) {
  const { doc, board, readOnly } = useBoardContext();
  return (
    <header className="topbar" data-landmark="top-bar">
      <a href="/" className="brand" aria-label="Partnermap home">
        <span className="brand__mark" aria-hidden />
        Partnermap
      </a>
      <div className="topbar__title">
        <TextField
          label="Board title"
          hideLabel
          value={board.meta.title}
          onCommit={(title) => setMeta(doc, { title })}
          disabled={readOnly}
          maxLength={200}
        />
        {readOnly && <span className="badge" data-testid="view-only-badge">View only</span>}
      </div>
      {people}
      <div
        className={`status status--${connection.state}`}
        role="status"
        title={connection.explanation}
        data-testid="connection-status"
        data-state={connection.state}
      >
        <span className="status__dot" aria-hidden />
        {STATUS_WORDS[connection.state]}
      </div>
      {history}
      <div className="topbar__actions">
        {share}
        {actions}
      </div>
    </header>
  );
}
