/**
 * Sync benchmark: several real y-websocket clients on one board through the real server process.
 * Prints the time from an edit to its arrival at every other client, throughput, the server's
 * memory, and what the structural check of each incoming update costs. Figures, not pass/fail:
 * targets are read off this output, not asserted in tests.
 */
import fs from 'node:fs';
import {
  addAgency,
  applyBoardUpdate,
  checkUpdateShape,
  connectAgencies,
  encodeBoard,
  moveAgency,
  observeBoard,
  openBoardDoc,
  updateAgency,
  type BoardDoc,
} from '@partnermap/shared/doc';
import { connect, createBoard, synced, until, type Client } from '../server/test/clients.ts';
import { startServer } from '../server/test/serverProcess.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 200);

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Microseconds the server's structural check takes per update, for typical edits on this board. */
function checkCost(board: BoardDoc, ids: string[]): string {
  const server = openBoardDoc();
  applyBoardUpdate(server, encodeBoard(board));
  const edits: Array<[string, (doc: BoardDoc) => void]> = [
    ['rename', (d) => updateAgency(d, ids[0]!, { name: 'Renamed' })],
    ['move', (d) => moveAgency(d, ids[1]!, { x: 5, y: 5 })],
    ['add agency', (d) => addAgency(d, { name: 'New', sector: 'housing' })],
    ['connect', (d) => connectAgencies(d, ids[2]!, ids[3]!)],
    ['whole board', () => {}],
  ];
  const parts = edits.map(([name, edit]) => {
    const client = openBoardDoc();
    applyBoardUpdate(client, encodeBoard(board));
    let update = encodeBoard(board);
    const stop = observeBoard(client, (_origin, u) => (update = u));
    edit(client);
    stop();
    const runs = name === 'whole board' ? 50 : 5000;
    // Warmed up first: the server checks every update, so the JIT-compiled cost is what counts.
    for (let i = 0; i < runs; i++) checkUpdateShape(server, update);
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) checkUpdateShape(server, update);
    return `${name} ${(((performance.now() - t0) / runs) * 1000).toFixed(1)} µs (${update.byteLength} B)`;
  });
  return parts.join(', ');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  // Each y-websocket provider in Node registers a process 'exit' listener.
  process.setMaxListeners(CLIENTS + 10);
  const server = await startServer();
  const idleRss = rssMiB(server.pid);
  const board = await createBoard(server.url, 'Benchmark');
  const clients: Client[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(connect(server.wsUrl, board.id, board.editToken));
  await Promise.all(clients.map(synced));
  const [writer, ...readers] = clients as [Client, ...Client[]];

  // A board of realistic size first.
  const ids: string[] = [];
  for (let i = 0; i < AGENCIES; i++) ids.push(addAgency(writer.doc, { name: `Agency ${i}`, position: { x: i * 10, y: 0 } }));
  await until(() => readers.every((r) => r.board().agencies.length === AGENCIES), 'readers to load the board', 60_000);

  // Then timed single edits, one at a time: each counts once it has reached every reader.
  const latencies: number[] = [];
  const started = performance.now();
  for (let e = 0; e < EDITS; e++) {
    const arrived = Promise.all(
      readers.map(
        (r) =>
          new Promise<void>((resolve) => {
            const stop = observeBoard(r.doc, () => {
              stop();
              resolve();
            });
          }),
      ),
    );
    const t0 = performance.now();
    updateAgency(writer.doc, ids[e % ids.length]!, { name: `Edit ${e}` });
    await arrived;
    latencies.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - started) / 1000;
  const peakRss = rssMiB(server.pid);

  latencies.sort((a, b) => a - b);
  console.log(`clients ${CLIENTS}, board of ${AGENCIES} agencies, ${EDITS} edits`);
  console.log(`edit reaches every other client: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`);
  console.log(`throughput ${(EDITS / elapsed).toFixed(0)} edits/s delivered to all (${((EDITS * readers.length) / elapsed).toFixed(0)} deliveries/s)`);
  console.log(`server memory: ${idleRss.toFixed(0)} MiB idle, ${peakRss.toFixed(0)} MiB with the board loaded`);
  console.log(`structural check per update: ${checkCost(writer.doc, ids)}`);

  for (const c of clients) c.close();
  await server.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
