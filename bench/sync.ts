/**
 * Sync benchmark: several real y-websocket clients on one board through the real server process.
 * Prints the time from an edit to its arrival at every other client, throughput, and the
 * server's memory. Figures, not pass/fail: targets are read off this output, not asserted in tests.
 */
import fs from 'node:fs';
import { addAgency, observeBoard, updateAgency } from '@partnermap/shared/doc';
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

  for (const c of clients) c.close();
  await server.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
