/**
 * Two-instance benchmark: two real server processes on one throwaway PostgreSQL and one Redis.
 * Prints how long an edit takes to reach clients on the writer's own instance and clients on the
 * other instance (stored in PostgreSQL, then published through Redis), one edit at a time.
 * Figures, not pass/fail.
 */
import { addAgency, observeBoard, updateAgency } from '@partnermap/shared/doc';
import { connect, createBoard, synced, until, type Client } from '../server/test/clients.ts';
import { startPostgres, startRedis } from '../server/test/engines.ts';
import { startServer, type RunningServer } from '../server/test/serverProcess.ts';

const READERS = Number(process.env.BENCH_CLIENTS ?? 10);
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 100);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Times EDITS single edits on a fresh board from a writer on `from` until every reader on `to` has each. */
async function measure(from: RunningServer, to: RunningServer): Promise<number[]> {
  const board = await createBoard(from.url, 'Benchmark');
  const writer = connect(from.wsUrl, board.id, board.editToken);
  const readers: Client[] = [];
  for (let i = 0; i < READERS; i++) readers.push(connect(to.wsUrl, board.id, board.viewToken));
  await Promise.all([writer, ...readers].map(synced));
  const ids: string[] = [];
  for (let i = 0; i < AGENCIES; i++) ids.push(addAgency(writer.doc, { name: `Agency ${i}`, position: { x: i * 10, y: 0 } }));
  await until(() => readers.every((r) => r.board().agencies.length === AGENCIES), 'readers to load the board', 60_000);

  const latencies: number[] = [];
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
  for (const c of [writer, ...readers]) c.close();
  return latencies.sort((a, b) => a - b);
}

function report(label: string, latencies: number[]): void {
  console.log(`${label}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`);
}

async function main(): Promise<void> {
  process.setMaxListeners(2 * READERS + 10);
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url };
  const [a, b] = await Promise.all([startServer(undefined, env), startServer(undefined, env)]);
  try {
    console.log(`PostgreSQL (throwaway, fsync off: commits cost less than on a real server) and Redis on this machine; ${READERS} readers, board of ${AGENCIES} agencies, ${EDITS} edits one at a time`);
    report('one instance (writer and readers on the same one)', await measure(a, a));
    report('across instances (readers on the other one)     ', await measure(a, b));
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await Promise.all([redis.stop(), postgres.stop()]);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
