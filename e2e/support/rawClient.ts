import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { SAVED_QUERY_MESSAGE } from '@partnermap/shared/protocol';

/**
 * Writes entries with yjs directly, as a faulty or older client could: an agency whose fields
 * have the wrong types and a relationship off the integration scale. Both are maps under their
 * root, as the server's checks allow; only the model can tell they are wrong.
 */
export function oddEntriesUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const agency = new Y.Map<unknown>();
    doc.getMap('agencies').set('odd-agency', agency);
    agency.set('name', 42);
    agency.set('sector', 'helth');
    agency.set('description', '');
    agency.set('contact', '');
    agency.set('values', []);
    agency.set('position', { x: 0, y: 0 });
    const relationship = new Y.Map<unknown>();
    doc.getMap('relationships').set('odd-relationship', relationship);
    relationship.set('source', 'odd-agency');
    relationship.set('target', 'odd-agency');
    relationship.set('integration', 7);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** An update adding one agency, from a client the server has never seen. */
export function strayAgencyUpdate(name: string): Uint8Array {
  const doc = new Y.Doc();
  const agency = new Y.Map<unknown>();
  doc.transact(() => {
    doc.getMap('agencies').set('stray-agency', agency);
    for (const [k, v] of Object.entries({ name, sector: 'other', description: '', contact: '', values: [], position: { x: 0, y: 0 } })) {
      agency.set(k, v);
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Sends one update over a board's socket with the y-websocket protocol, from Node rather than a
 * page, and waits until the server says it is stored.
 */
export async function sendUpdate(baseURL: string, boardId: string, token: string, update: Uint8Array): Promise<void> {
  const ws = new WebSocket(`${baseURL.replace(/^http/, 'ws')}/ws/${boardId}?token=${encodeURIComponent(token)}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 0); // sync
  encoding.writeVarUint(message, 2); // update
  encoding.writeVarUint8Array(message, update);
  ws.send(encoding.toUint8Array(message));
  const query = encoding.createEncoder();
  encoding.writeVarUint(query, SAVED_QUERY_MESSAGE);
  encoding.writeVarUint(query, 1);
  ws.send(encoding.toUint8Array(query));
  await new Promise<void>((resolve, reject) => {
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) === SAVED_QUERY_MESSAGE) resolve();
    });
    ws.once('close', (code, reason) => reject(new Error(`the server closed the socket: ${code} ${reason.toString()}`)));
  });
  ws.close();
}
