import { CloseExplanation, FINAL_CLOSE_CODES, type CloseCodeValue } from '../../../shared/src/index.ts';

/** What the top bar says about the link to the server. */
export type ConnectionState = 'connecting' | 'live' | 'saved' | 'offline';

export interface SocketFacts {
  status: 'connecting' | 'connected' | 'disconnected';
  synced: boolean;
  /** Whether this page has ever finished syncing with the server. */
  everSynced: boolean;
  /** Whether this person has edited since opening the page. */
  editedHere: boolean;
  /** The code of the last close sent by the server, if any. */
  closeCode: number | undefined;
}

export interface ConnectionView {
  state: ConnectionState;
  /** Plain words for the person, when there is something to explain. */
  explanation: string | undefined;
  /** The server closed for good (board gone, link replaced): retrying would only fail. */
  final: boolean;
}

export function describeConnection(f: SocketFacts): ConnectionView {
  const final = f.closeCode !== undefined && FINAL_CLOSE_CODES.has(f.closeCode) && f.status !== 'connected';
  const explanation =
    f.closeCode !== undefined && f.status !== 'connected' ? CloseExplanation[f.closeCode as CloseCodeValue] : undefined;
  if (f.status === 'connected' && f.synced) {
    return { state: f.editedHere ? 'saved' : 'live', explanation: undefined, final: false };
  }
  if (final || f.everSynced) {
    return {
      state: 'offline',
      explanation:
        explanation ?? 'The connection to the server was lost. Keep this page open: your edits are sent when it is back.',
      final,
    };
  }
  return { state: 'connecting', explanation, final: false };
}
