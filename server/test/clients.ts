import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import { destroyBoardDoc, openBoardDoc, readBoard, type BoardDoc } from '@partnermap/shared/doc';
import { yDocForSync } from '@partnermap/shared/doc/transport';
import type { Board } from '@partnermap/shared/model';
import { SAVED_QUERY_MESSAGE, type CreatedBoard } from '@partnermap/shared/protocol';

export async function createBoard(baseUrl: string, title = 'Hospital discharge', goal?: string): Promise<CreatedBoard> {
  const res = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, goal }),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedBoard;
}

/** Imports a JSON export as a new board, as the home page's "Start from a file" does. */
export function importBoard(baseUrl: string, json: string): Promise<Response> {
  return fetch(`${baseUrl}/api/boards/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
}

export interface Client {
  doc: BoardDoc;
  provider: WebsocketProvider;
  board(): Board;
  close(): void;
}

/** A real y-websocket provider in Node, exactly as the browser uses it (no BroadcastChannel shortcut). */
export function connect(wsUrl: string, boardId: string, token: string): Client {
  const doc = openBoardDoc();
  const provider = new WebsocketProvider(wsUrl, boardId, yDocForSync(doc), {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return {
    doc,
    provider,
    board: () => readBoard(doc).board,
    close() {
      provider.destroy();
      destroyBoardDoc(doc);
    },
  };
}

export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function synced(client: Client): Promise<void> {
  await until(() => client.provider.synced, 'the provider to sync');
}

/** A raw socket, for sending what no well-behaved client would. */
export function rawSocket(url: string, options: WebSocket.ClientOptions = {}) {
  const ws = new WebSocket(url, options);
  const received: Buffer[] = [];
  ws.on('message', (data) => received.push(data as Buffer));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const refused = new Promise<number>((resolve) =>
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
  );
  return { ws, received, opened, closed, refused };
}

/** A sync-protocol update frame carrying raw update bytes, as a client would send it. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** "Tell me when everything I sent before this is stored" (message type 4) with its number. */
export function savedQuery(query: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SAVED_QUERY_MESSAGE);
  encoding.writeVarUint(encoder, query);
  return encoding.toUint8Array(encoder);
}

export function isSavedAnswer(message: Uint8Array, query: number): boolean {
  const decoder = decoding.createDecoder(message);
  return decoding.readVarUint(decoder) === SAVED_QUERY_MESSAGE && decoding.readVarUint(decoder) === query;
}
