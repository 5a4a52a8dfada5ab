import { CloseCode, CloseExplanation, FINAL_CLOSE_CODES, type CloseCodeValue } from '@partnermap/shared/protocol';

/** What the top bar says about the link to the server. */
export type ConnectionState = 'connecting' | 'live' | 'saving' | 'saved' | 'reconnecting' | 'offline';

/**
 * Whether the page is in touch with the server in each state: the type makes a new state say so,
 * rather than fall on one side of a list written out by hand.
 */
const SERVER_REACHED: Record<ConnectionState, boolean> = {
  connecting: false,
  live: true,
  saving: true,
  saved: true,
  reconnecting: false,
  offline: false,
};

export const reachesServer = (state: ConnectionState): boolean => SERVER_REACHED[state];

export interface SocketFacts {
  status: 'connecting' | 'connected' | 'disconnected';
  synced: boolean;
  /** Whether this page has ever finished syncing with the server. */
  everSynced: boolean;
  /** Whether edits were made here since opening the page (or kept here from an offline session). */
  editedHere: boolean;
  /** Edits made here that the server has not yet confirmed stored. */
  unsaved: boolean;
  /** What the browser says about the network. */
  online: boolean;
  /** The code of the last close sent by the server, if any. */
  closeCode: number | undefined;
}

export interface ConnectionView {
  state: ConnectionState;
  /** Plain words for the person, when there is something to explain. */
  explanation: string | undefined;
  /** The server closed for good (board gone, link replaced): retrying would only fail. */
  final: boolean;
  /** The board was deleted: its copy in this browser can go too. */
  boardGone: boolean;
  /** The links were replaced: this one no longer opens the board. */
  linkReplaced: boolean;
  /** An edit from this page would have taken the board past its size limit, and was refused. */
  boardFull: boolean;
  /** Edits made here (or kept here from an offline session) that the server has not confirmed stored. */
  unsaved: boolean;
  /** The board has come in from the server at least once: until then it may only look empty. */
  boardIn: boolean;
}

export const OFFLINE_EXPLANATION =
  'You are offline. You can keep working: your edits are kept on this device and sent when the connection is back.';
export const RECONNECTING_EXPLANATION =
  'The connection to the server was lost. Reconnecting… Your edits are kept on this device and sent when it is back.';

export function describeConnection(f: SocketFacts): ConnectionView {
  const view = describe(f);
  return {
    ...view,
    boardGone: view.final && f.closeCode === CloseCode.BoardGone,
    linkReplaced: view.final && f.closeCode === CloseCode.LinkReplaced,
    boardFull: view.final && f.closeCode === CloseCode.BoardFull,
    unsaved: f.unsaved,
    boardIn: f.everSynced,
  };
}

function describe(f: SocketFacts): Omit<ConnectionView, 'boardGone' | 'linkReplaced' | 'boardFull' | 'unsaved' | 'boardIn'> {
  const final = f.closeCode !== undefined && FINAL_CLOSE_CODES.has(f.closeCode) && f.status !== 'connected';
  const explanation =
    f.closeCode !== undefined && f.status !== 'connected' ? CloseExplanation[f.closeCode as CloseCodeValue] : undefined;
  if (final) return { state: 'offline', explanation, final };
  if (f.status === 'connected' && f.synced) {
    const state = f.unsaved ? 'saving' : f.editedHere ? 'saved' : 'live';
    return { state, explanation: undefined, final: false };
  }
  if (!f.online) return { state: 'offline', explanation: OFFLINE_EXPLANATION, final: false };
  if (f.everSynced) {
    return { state: 'reconnecting', explanation: explanation ?? RECONNECTING_EXPLANATION, final: false };
  }
  return { state: 'connecting', explanation, final: false };
}
