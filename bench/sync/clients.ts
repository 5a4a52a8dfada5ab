/**
 * The benchmark's clients, in their own process: runs every scenario against one server (ours
 * or the reference) and prints its figures as one JSON line. Started by bench/sync.ts.
 */
import { inflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { sendOwnPresenceOnly } from '../../client/src/sync/ownPresence.ts';
import { addAgency, applyBoardUpdate, batch, createBoardDocFrom, CURRENT_SCHEMA_VERSION, destroyBoardDoc, encodeBoard, observeBoard, openBoardDoc, updateAgency } from '@partnermap/shared/doc';
import { yDocForSync } from '@partnermap/shared/doc/transport';
import { boardToJson } from '@partnermap/shared/formats';
import { createAgency, createBoardMeta, createRelationship, type Board } from '@partnermap/shared/model';
import { COMPRESSED_SYNC_MESSAGE, COMPRESSED_SYNC_PARAM } from '@partnermap/shared/protocol';
import { connect, createBoard, importBoard, synced, until, type Client } from '../../server/test/clients.ts';
import type { ServerKind } from './servers.ts';
import { rssMiB } from './servers.ts';
import { FULL, SHORT, type Scale } from './scale.ts';
import { pause, percentile } from './stats.ts';

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
}

export interface Figures {
  rssIdleMiB: number;
  rssBoardsOpenMiB: number;
  rssAfterLeftMiB: number;
  fanout: Record<string, Latencies & { connectMs: number }>;
  sustained: { editsPerSec: number; p50: number; p99: number };
  cold: { shareMs: number; syncedMs: number; bytes: number };
  warmJoin: { shareMs: number; syncedMs: number };
  presence: { framesPerSec: number; bytesPerSec: number };
}

const { kind, url, pid, short } = JSON.parse(process.env.BENCH_TARGET ?? '{}') as { kind: ServerKind; url: string; pid: number; short: boolean };
const scale: Scale = short ? SHORT : FULL;
const wsUrl = `${url.replace(/^http/, 'ws')}/ws`;
let boardCount = 0;

/** A wait for the server to settle (memory, unloading, an upload): shortened in the short run. */
const settle = (ms: number) => pause(ms * scale.settleScale);

/** A board to work on: ours makes it through the API; the reference takes any name. */
async function newBoard(): Promise<{ id: string; token: string }> {
  if (kind === 'ours') {
    const created = await createBoard(url, 'Benchmark');
    return { id: created.id, token: created.editToken };
  }
  return { id: `bench${Date.now()}n${boardCount++}`, token: 'unused' };
}

/** A page on the board; on ours with our client's sync layer (it sends only its own presence). */
function open(board: { id: string; token: string }): Client {
  const client = connect(wsUrl, board.id, board.token);
  if (kind === 'ours') sendOwnPresenceOnly(client.provider);
  return client;
}

function nextChange(client: Client): Promise<void> {
  return new Promise((resolve) => {
    const stop = observeBoard(client.doc, () => {
      stop();
      resolve();
    });
  });
}

function latencies(values: number[]): Latencies {
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) };
}

async function memory(): Promise<Pick<Figures, 'rssIdleMiB' | 'rssBoardsOpenMiB' | 'rssAfterLeftMiB'>> {
  await settle(1000);
  const rssIdleMiB = rssMiB(pid);
  const clients: Client[] = [];
  for (let b = 0; b < scale.boardsOpen; b++) {
    const client = open(await newBoard());
    clients.push(client);
    await synced(client);
    batch(client.doc, () => {
      for (let i = 0; i < scale.agenciesPerOpenBoard; i++) addAgency(client.doc, { name: `Agency ${i}`, position: { x: i, y: 0 } });
    });
  }
  await settle(1500);
  const rssBoardsOpenMiB = rssMiB(pid);
  for (const c of clients) c.close();
  // Ours unloads a board 1 s after its last client (UNLOAD_AFTER_MS in servers.ts); the reference keeps it.
  await settle(3000);
  return { rssIdleMiB, rssBoardsOpenMiB, rssAfterLeftMiB: rssMiB(pid) };
}

async function fanout(n: number): Promise<Latencies & { connectMs: number }> {
  const board = await newBoard();
  const writer = open(board);
  await synced(writer);
  const ids: string[] = [];
  batch(writer.doc, () => {
    for (let i = 0; i < scale.fanoutAgencies; i++) ids.push(addAgency(writer.doc, { name: `Agency ${i}`, position: { x: i * 10, y: 0 } }));
  });
  await pause(200);
  const started = performance.now();
  const readers = Array.from({ length: n - 1 }, () => open(board));
  await until(() => readers.every((r) => r.provider.synced && r.board().agencies.length === ids.length), 'readers to sync', 60_000);
  const connectMs = performance.now() - started;
  const times: number[] = [];
  for (let e = 0; e < scale.fanoutEdits; e++) {
    const arrived = Promise.all(readers.map(nextChange));
    const t0 = performance.now();
    updateAgency(writer.doc, ids[e % ids.length]!, { name: `Edit ${e}` });
    await arrived;
    times.push(performance.now() - t0);
  }
  for (const c of [writer, ...readers]) c.close();
  return { ...latencies(times), connectMs };
}

/** The Yjs client id of the first struct in an update: who made the edit. */
function firstClient(update: Uint8Array): number | undefined {
  const d = decoding.createDecoder(update);
  if (decoding.readVarUint(d) === 0) return undefined;
  decoding.readVarUint(d);
  return decoding.readVarUint(d);
}

/** Closed loop: each writer makes its next edit once an observer has received its last one. */
async function sustained(): Promise<Figures['sustained']> {
  const board = await newBoard();
  const writers = Array.from({ length: scale.sustainedWriters }, () => open(board));
  await Promise.all(writers.map(synced));
  const ids = writers.map((_, w) => addAgency(writers[0]!.doc, { name: `Writer ${w}` }));
  await until(() => writers.every((w) => w.board().agencies.length === ids.length), 'writers to have their agencies');
  const waiting = new Map<number, () => void>();
  const observer = new WebSocket(`${wsUrl}/${board.id}?token=${board.token}`);
  observer.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) !== 0 || decoding.readVarUint(d) !== 2) return;
    const client = firstClient(decoding.readVarUint8Array(d));
    if (client === undefined) return;
    waiting.get(client)?.();
    waiting.delete(client);
  });
  await new Promise((resolve) => observer.once('open', resolve));
  await pause(200);
  const times: number[] = [];
  const deadline = performance.now() + scale.sustainedMs;
  const started = performance.now();
  await Promise.all(
    writers.map(async (writer, w) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const arrived = new Promise<void>((resolve) => waiting.set(yDocForSync(writer.doc).clientID, resolve));
        const t0 = performance.now();
        updateAgency(writer.doc, ids[w]!, { name: `Writer ${w} edit ${i}` });
        await arrived;
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  observer.close();
  for (const c of writers) c.close();
  return { editsPerSec: times.length / seconds, ...latencies(times) };
}

function coldBoard(): Board {
  const agencies = Array.from({ length: scale.coldAgencies }, (_, i) =>
    createAgency(`agency${i}`, { name: `Agency ${i}`, sector: 'social-care', description: `Services in area ${i % 40}`, position: { x: (i % 70) * 300, y: Math.floor(i / 70) * 200 } }),
  );
  const relationships = Array.from({ length: scale.coldRelationships }, (_, i) => {
    const a = i % scale.coldAgencies;
    const b = (a + 1 + Math.floor(i / scale.coldAgencies) * 7) % scale.coldAgencies;
    return createRelationship(`rel${i}`, `agency${a}`, `agency${b}`, { integration: 2 });
  });
  return { meta: createBoardMeta({ title: 'Cold load', schemaVersion: CURRENT_SCHEMA_VERSION }), goals: [], agencies, relationships, exchanges: [], partnerships: [] };
}

/**
 * A page with nothing cached joins: until the server's sync step 2 arrives, then until it is
 * applied. On ours it asks for a big step 2 compressed, as our client does; decompressing it
 * counts in the time to synced.
 */
function join(board: { id: string; token: string }): Promise<{ shareMs: number; syncedMs: number; bytes: number; ws: WebSocket }> {
  const t0 = performance.now();
  const compress = kind === 'ours' ? `&${COMPRESSED_SYNC_PARAM.name}=${COMPRESSED_SYNC_PARAM.value}` : '';
  const ws = new WebSocket(`${wsUrl}/${board.id}?token=${board.token}${compress}`);
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    // Sync step 1 with an empty state vector: "send me everything".
    ws.once('open', () => ws.send(Uint8Array.from([0, 0, 1, 0])));
    // Ours sends the edits stored since a compressed snapshot first, as an update (sync type 2).
    const before: Uint8Array[] = [];
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(d);
      const step = type === 0 ? decoding.readVarUint(d) : undefined;
      if (step === 2) before.push(decoding.readVarUint8Array(d));
      if (type !== COMPRESSED_SYNC_MESSAGE && step !== 1) return;
      const shareMs = performance.now() - t0;
      if (type === COMPRESSED_SYNC_MESSAGE) decoding.readVarUint(d);
      const sent = decoding.readVarUint8Array(d);
      const update = type === COMPRESSED_SYNC_MESSAGE ? new Uint8Array(inflateRawSync(sent)) : sent;
      const doc = openBoardDoc();
      for (const earlier of before) applyBoardUpdate(doc, earlier);
      applyBoardUpdate(doc, update);
      const syncedMs = performance.now() - t0;
      destroyBoardDoc(doc);
      resolve({ shareMs, syncedMs, bytes: update.byteLength, ws });
    });
  });
}

/**
 * Cold: ours holds the board in SQLite only (imported, never opened); the reference, which has
 * no storage, holds it in memory with nobody connected (uploaded by a page that has left).
 * Warm: a second page joins while the first is still there.
 */
async function coldLoad(): Promise<Pick<Figures, 'cold' | 'warmJoin'>> {
  const plain = coldBoard();
  let board: { id: string; token: string };
  if (kind === 'ours') {
    const res = await importBoard(url, boardToJson(plain));
    if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`);
    const created = (await res.json()) as { id: string; editToken: string };
    board = { id: created.id, token: created.editToken };
  } else {
    board = await newBoard();
    const uploader = open(board);
    await synced(uploader);
    applyBoardUpdate(uploader.doc, encodeBoard(createBoardDocFrom(plain)));
    await settle(1000);
    uploader.close();
  }
  await settle(1500);
  const cold = await join(board);
  const warm = await join(board);
  cold.ws.close();
  warm.ws.close();
  return { cold: { shareMs: cold.shareMs, syncedMs: cold.syncedMs, bytes: cold.bytes }, warmJoin: { shareMs: warm.shareMs, syncedMs: warm.syncedMs } };
}

/** Frames and bytes the server sends to a board of idle people, per second. */
async function presence(): Promise<Figures['presence']> {
  const board = await newBoard();
  const clients = Array.from({ length: scale.presenceClients }, () => open(board));
  await Promise.all(clients.map(synced));
  const gap = scale.presenceStaggerMs / clients.length;
  for (const [i, c] of clients.entries()) {
    c.provider.awareness.setLocalState({ name: `Person ${i}`, colour: '#1f77b4', role: 'edit', cursor: null, selection: [], viewport: null });
    await pause(gap);
  }
  await pause(Math.min(3000, scale.presenceStaggerMs));
  let frames = 0;
  let bytes = 0;
  const count = (event: { data: unknown }) => {
    frames++;
    bytes += (event.data as Buffer | ArrayBuffer).byteLength;
  };
  const sockets = clients.map((c) => c.provider.ws as unknown as WebSocket);
  for (const s of sockets) s.addEventListener('message', count);
  await pause(scale.presenceWindowMs);
  for (const s of sockets) s.removeEventListener('message', count);
  for (const c of clients) c.close();
  const seconds = scale.presenceWindowMs / 1000;
  return { framesPerSec: frames / seconds, bytesPerSec: bytes / seconds };
}

/** The phases, by the names BENCH_ONLY takes (comma-separated; all of them when unset). */
const PHASES = ['memory', 'fanout', 'sustained', 'cold', 'presence'] as const;
export type Phase = (typeof PHASES)[number];
const only = new Set((process.env.BENCH_ONLY ?? PHASES.join(',')).split(',').map((p) => p.trim()));
for (const p of only) if (!PHASES.includes(p as Phase)) throw new Error(`BENCH_ONLY: no phase "${p}" (phases: ${PHASES.join(', ')})`);

async function main(): Promise<void> {
  process.setMaxListeners(500);
  const figures: Partial<Figures> = {};
  if (only.has('memory')) Object.assign(figures, await memory());
  if (only.has('fanout')) {
    const fan: Figures['fanout'] = {};
    for (const n of scale.fanoutClients) fan[n] = await fanout(n);
    figures.fanout = fan;
  }
  if (only.has('sustained')) figures.sustained = await sustained();
  if (only.has('cold')) Object.assign(figures, await coldLoad());
  if (only.has('presence')) figures.presence = await presence();
  console.log(JSON.stringify(figures));
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
