import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';

/** y-websocket's message type for awareness. */
const AWARENESS_MESSAGE = 1;
/** WebSocket.OPEN, which Node's tests have no global for. */
const OPEN = 1;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * The stock provider sends every awareness change it sees, colleagues' included, so each
 * colleague's 15-second renewal came back to the server from every other page on the board (N²
 * frames, each dropped there). This replaces that handler: the page sends only its own entry.
 * Returns a function that stops it (the provider's destroy does not know this handler).
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider): () => void {
  const { awareness } = provider;
  awareness.off('update', provider._awarenessUpdateHandler);
  const send = ({ added, updated, removed }: AwarenessChange) => {
    const own = awareness.clientID;
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
    // Still "connected" while the socket closes: a renewal falling then would be sent into a closing socket.
    if (!provider.wsconnected || !provider.ws || provider.ws.readyState !== OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, AWARENESS_MESSAGE);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [own]));
    provider.ws.send(encoding.toUint8Array(encoder));
  };
  awareness.on('update', send);
  return () => awareness.off('update', send);
}
