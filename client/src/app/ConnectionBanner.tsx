import type { ConnectionView } from '../sync/connectionStatus.ts';

/** A clear line across the board while it is offline or reconnecting: edits are kept meanwhile. */
export function ConnectionBanner({ connection }: { connection: ConnectionView }) {
  if (connection.state !== 'offline' && connection.state !== 'reconnecting') return null;
  return (
    <div className={`connection-banner connection-banner--${connection.state}`} role="status" data-testid="connection-banner">
      {connection.state === 'reconnecting' && <span className="spinner spinner--small" aria-hidden />}
      {connection.explanation}
    </div>
  );
}
