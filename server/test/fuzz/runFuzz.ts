import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { addAgency } from '@partnermap/shared/doc';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { connect, isSavedAnswer, savedQuery, synced, until, updateFrame } from '../clients.ts';
import type { RunningServer } from '../serverProcess.ts';
import { realUpdates } from './corpus.ts';
import { MUTATIONS, mutate, random, type Mutation } from './mutations.ts';

export interface FuzzOptions {
  frames: number;
  /** Connections sending at once; a refused frame costs its connection, which is replaced. */
  connections: number;
  seed: number;
}

/** For each mutation, how many frames ended each way ("accepted", "closed 4400", ...). */
export type FuzzReport = Map<Mutation, Map<string, number>>;

/**
 * Sends `frames` mutated updates to a board, each followed by a "saved?" query: an answer means
 * the server took the frame (stored, or nothing new), a close tells how it refused it.
 */
export async function runFuzz(server: RunningServer, board: CreatedBoard, options: FuzzOptions): Promise<FuzzReport> {
  const corpus = realUpdates();
  const rnd = random(options.seed);
  const report: FuzzReport = new Map(MUTATIONS.map((m) => [m, new Map<string, number>()]));
  const url = `${server.wsUrl}/${board.id}?token=${board.editToken}`;
  let next = 0;

  async function worker(): Promise<void> {
    let ws = await openSocket(url);
    while (next < options.frames) {
      const n = next++;
      const mutation = MUTATIONS[Math.floor(rnd() * MUTATIONS.length)]!;
      const update = mutate(corpus, mutation, rnd);
      const frame = rnd() < 0.2 ? syncStep2Frame(update) : updateFrame(update);
      if (ws.readyState !== WebSocket.OPEN) ws = await openSocket(url);
      const outcome = await exchange(ws, frame, n);
      const counts = report.get(mutation)!;
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      if (outcome !== 'accepted') ws.terminate();
    }
    ws.close();
  }
  await Promise.all(Array.from({ length: options.connections }, worker));
  return report;
}

export function formatReport(report: FuzzReport): string {
  const lines = [];
  for (const [mutation, counts] of report) {
    const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => `${outcome} ${n}`);
    lines.push(`${mutation.padEnd(10)} ${parts.join(', ')}`);
  }
  return lines.join('\n');
}

/** Two honest editors each add an agency and see the other's; returns the names they added. */
export async function honestEditorsSync(server: RunningServer, board: CreatedBoard): Promise<string[]> {
  const a = connect(server.wsUrl, board.id, board.editToken);
  const b = connect(server.wsUrl, board.id, board.editToken);
  try {
    await Promise.all([synced(a), synced(b)]);
    const names = [`Honest A ${Date.now()}`, `Honest B ${Date.now()}`];
    addAgency(a.doc, { name: names[0] });
    addAgency(b.doc, { name: names[1] });
    const hasBoth = (c: typeof a) => names.every((n) => c.board().agencies.some((x) => x.name === n));
    await until(() => hasBoth(a) && hasBoth(b), 'two honest editors to sync');
    return names;
  } finally {
    a.close();
    b.close();
  }
}

/** Waits until a fresh viewer sees every named agency on the board. */
export async function boardHolds(server: RunningServer, board: CreatedBoard, names: string[]): Promise<void> {
  const viewer = connect(server.wsUrl, board.id, board.viewToken);
  try {
    await synced(viewer);
    await until(() => names.every((n) => viewer.board().agencies.some((x) => x.name === n)), 'every honest edit');
  } finally {
    viewer.close();
  }
}

async function openSocket(url: string): Promise<WebSocket> {
  for (let attempt = 0; ; attempt++) {
    const ws = new WebSocket(url);
    const opened = await new Promise<boolean>((resolve) => {
      ws.once('open', () => resolve(true));
      ws.once('error', () => resolve(false));
    });
    if (opened) return ws;
    if (attempt >= 20) throw new Error('the server stopped accepting connections');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function exchange(ws: WebSocket, frame: Uint8Array, query: number, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve) => {
    const done = (outcome: string) => {
      clearTimeout(timer);
      ws.off('message', onMessage);
      ws.off('close', onClose);
      resolve(outcome);
    };
    const onMessage = (data: Buffer) => {
      if (isSavedAnswer(data, query)) done('accepted');
    };
    const onClose = (code: number) => done(`closed ${code}`);
    const timer = setTimeout(() => done('no answer'), timeoutMs);
    ws.on('message', onMessage);
    ws.on('close', onClose);
    ws.send(frame);
    ws.send(savedQuery(query));
  });
}

function syncStep2Frame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
