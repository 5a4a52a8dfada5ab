/**
 * Storage benchmark: what durability costs. Appends real board updates (one agency edit each)
 * through the SQLite store, one at a time as the server does, with synchronous=FULL and NORMAL,
 * on the disk that holds DATA_DIR (default ./data; a tmpfs would make every sync free).
 * Figures, not pass/fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addAgency, createBoardDoc, encodeBoard, observeBoard, updateAgency } from '@partnermap/shared/doc';
import { SqliteStore } from '../server/src/storage/sqlite.ts';

const APPENDS = Number(process.env.BENCH_APPENDS ?? 1000);
const DATA_DIR = path.resolve(process.env.DATA_DIR || './data');

/** The updates a person's edits make: an agency added, then its description typed word by word. */
function realUpdates(count: number): Uint8Array[] {
  const doc = createBoardDoc({ title: 'Benchmark' });
  const updates: Uint8Array[] = [];
  observeBoard(doc, (_origin, update) => updates.push(update));
  let agency = addAgency(doc, { name: 'Agency 0' });
  for (let i = 1; updates.length < count; i++) {
    if (i % 20 === 0) agency = addAgency(doc, { name: `Agency ${i}` });
    else updateAgency(doc, agency, { description: `Weekly meeting, edit ${i}` });
  }
  return updates.slice(0, count);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function run(mode: 'full' | 'normal', updates: Uint8Array[]) {
  const dir = fs.mkdtempSync(path.join(DATA_DIR, 'bench-store-'));
  const store = new SqliteStore(path.join(dir, 'bench.sqlite'), { compactAfterUpdates: Number.MAX_SAFE_INTEGER, synchronous: mode });
  try {
    const id = 'benchmarkboard00000000';
    await store.createBoard({ id, editTokenHash: 'e', viewTokenHash: 'v', createdAt: new Date().toISOString() }, encodeBoard(createBoardDoc()));
    const times: number[] = [];
    const started = performance.now();
    for (const update of updates) {
      const t = performance.now();
      await store.appendUpdates(id, [update]);
      times.push(performance.now() - t);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return { mode, perSecond: updates.length / seconds, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const updates = realUpdates(APPENDS);
  const bytes = updates.reduce((n, u) => n + u.length, 0) / updates.length;
  console.log(`${APPENDS} appends of real updates (mean ${bytes.toFixed(0)} bytes) in ${DATA_DIR}`);
  // Warm-up, then each mode; NORMAL first, so FULL is not flattered by a warmed page cache.
  await run('normal', updates.slice(0, 100));
  for (const mode of ['normal', 'full'] as const) {
    const r = await run(mode, updates);
    console.log(
      `SQLITE_SYNC=${r.mode.padEnd(6)} ${r.perSecond.toFixed(0).padStart(7)} appends/s   ` +
        `p50 ${r.p50.toFixed(2)} ms   p95 ${r.p95.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
