import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { destroyBoardDoc, openBoardDoc } from '@partnermap/shared/doc';
import { sendOwnPresenceOnly } from './ownPresence.ts';
import { yDocForSync } from '@partnermap/shared/doc/transport';

/** The client ids in the awareness frames a socket was given. */
function idsIn(frames: Uint8Array[]): number[][] {
  return frames.map((frame) => {
    const outer = decoding.createDecoder(frame);
    expect(decoding.readVarUint(outer)).toBe(1);
    const d = decoding.createDecoder(decoding.readVarUint8Array(outer));
    const ids: number[] = [];
    for (let n = decoding.readVarUint(d); n > 0; n--) {
      ids.push(decoding.readVarUint(d));
      decoding.readVarUint(d);
      decoding.readVarString(d);
    }
    return ids;
  });
}

describe('sendOwnPresenceOnly', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const f of cleanups.splice(0)) f();
  });

  /** A real provider, not connected, whose socket only records what the page sends. */
  function page() {
    const doc = openBoardDoc();
    const provider = new WebsocketProvider('ws://localhost:1', 'board', yDocForSync(doc), {
      connect: false,
      disableBc: true,
      // Never connects; Node 20 has no global WebSocket for the default.
      WebSocketPolyfill: Object as unknown as typeof globalThis.WebSocket,
    });
    const sent: Uint8Array[] = [];
    const socket = { readyState: 1, send: (m: Uint8Array) => sent.push(m) };
    provider.ws = socket as unknown as typeof provider.ws;
    provider.wsconnected = true;
    const stop = sendOwnPresenceOnly(provider);
    cleanups.push(() => {
      stop();
      provider.ws = null;
      provider.wsconnected = false;
      provider.destroy();
      destroyBoardDoc(doc);
    });
    return { provider, sent, socket };
  }

  it("sends this page's own changes and renewals, never a colleague's it received", () => {
    const me = page();
    const colleague = new awarenessProtocol.Awareness(yDocForSync(openBoardDoc()));
    colleague.setLocalState({ name: 'Ann' });
    const update = () => awarenessProtocol.encodeAwarenessUpdate(colleague, [colleague.clientID]);
    awarenessProtocol.applyAwarenessUpdate(me.provider.awareness, update(), 'remote');
    // Ann's renewal: the same state with the next clock.
    colleague.setLocalState({ name: 'Ann' });
    awarenessProtocol.applyAwarenessUpdate(me.provider.awareness, update(), 'remote');
    expect(me.sent).toEqual([]);

    me.provider.awareness.setLocalStateField('name', 'Bea');
    me.provider.awareness.setLocalState(me.provider.awareness.getLocalState());
    expect(idsIn(me.sent)).toEqual([[me.provider.awareness.clientID], [me.provider.awareness.clientID]]);
    colleague.destroy();
  });

  it('sends nothing into a socket that is closing, though the provider still counts it connected', () => {
    const me = page();
    me.socket.readyState = 2;
    me.provider.awareness.setLocalStateField('name', 'Bea');
    expect(me.sent).toEqual([]);
    me.socket.readyState = 1;
    me.provider.awareness.setLocalStateField('name', 'Bo');
    expect(idsIn(me.sent)).toEqual([[me.provider.awareness.clientID]]);
  });

  it('tells the others when this page leaves', () => {
    const me = page();
    me.provider.awareness.setLocalStateField('name', 'Bea');
    me.sent.length = 0;
    awarenessProtocol.removeAwarenessStates(me.provider.awareness, [me.provider.awareness.clientID], 'window unload');
    expect(idsIn(me.sent)).toEqual([[me.provider.awareness.clientID]]);
  });
});
