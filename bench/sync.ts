/**
 * Sync benchmark, ours beside the reference (@y/websocket-server 0.1.1, in memory): each server
 * in its own process, the clients in another, repeats interleaved. Prints each figure for both
 * and the ratio (medians of the repeats) and saves the JSON of a full run under bench/results/.
 * Figures, not pass/fail: it fails only on errors. `--short` (or BENCH_SHORT=1) is the small,
 * single-repeat run `npm test` does so that the script cannot rot.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figures } from './sync/clients.ts';
import { checkCost } from './sync/checkCost.ts';
import { FULL, SHORT } from './sync/scale.ts';
import { buildOurs, startBenchServer, type ServerKind } from './sync/servers.ts';
import { median } from './sync/stats.ts';

const short = process.argv.includes('--short') || process.env.BENCH_SHORT === '1';
const scale = short ? SHORT : FULL;
const repeats = short ? 1 : Number(process.env.BENCH_REPEATS ?? scale.repeats);

interface Run {
  kind: ServerKind;
  repeat: number;
  loadBefore: string;
  loadAfter: string;
  figures: Figures;
}

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function runClients(kind: ServerKind, url: string, pid: number): Promise<Figures> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/sync/clients.ts'], {
    env: { ...process.env, BENCH_TARGET: JSON.stringify({ kind, url, pid, short }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as Figures);
      else reject(new Error(`${kind} clients exited with ${code}:\n${out}`));
    });
  });
}

/** [label, unit, how to read it off one run's figures] */
function rows(): Array<[string, string, (f: Figures) => number]> {
  const out: Array<[string, string, (f: Figures) => number]> = [];
  for (const n of scale.fanoutClients) {
    for (const p of ['p50', 'p95', 'p99'] as const) out.push([`fan-out ${p}, ${n} clients`, 'ms', (f) => f.fanout[n]![p]]);
    out.push([`connect time, ${n} clients`, 'ms', (f) => f.fanout[n]!.connectMs]);
  }
  out.push(
    [`sustained edits/s, ${scale.sustainedWriters} writers`, '/s', (f) => f.sustained.editsPerSec],
    ['sustained p50', 'ms', (f) => f.sustained.p50],
    ['sustained p99', 'ms', (f) => f.sustained.p99],
    [`cold load ${scale.coldAgencies}/${scale.coldRelationships}: server's share`, 'ms', (f) => f.cold.shareMs],
    ['cold load: time to synced', 'ms', (f) => f.cold.syncedMs],
    ['warm join (board in memory): server share', 'ms', (f) => f.warmJoin.shareMs],
    ['RSS idle', 'MiB', (f) => f.rssIdleMiB],
    [`RSS, ${scale.boardsOpen} boards open`, 'MiB', (f) => f.rssBoardsOpenMiB],
    ['RSS after they are left', 'MiB', (f) => f.rssAfterLeftMiB],
    [`presence frames/s to ${scale.presenceClients} idle clients`, '/s', (f) => f.presence.framesPerSec],
    [`presence bytes/s to ${scale.presenceClients} idle clients`, 'B/s', (f) => f.presence.bytesPerSec],
  );
  return out;
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1);
}

async function main(): Promise<void> {
  buildOurs();
  const runs: Run[] = [];
  for (let r = 0; r < repeats; r++) {
    const order: ServerKind[] = r % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
    for (const kind of order) {
      const server = await startBenchServer(kind);
      const loadBefore = loadavg();
      try {
        const figures = await runClients(kind, server.url, server.pid);
        runs.push({ kind, repeat: r, loadBefore, loadAfter: loadavg(), figures });
        console.error(`repeat ${r + 1}/${repeats} ${kind} done (load ${loadBefore} -> ${loadavg()})`);
      } finally {
        await server.stop();
      }
    }
  }

  const table = rows().map(([label, unit, get]) => {
    const ours = median(runs.filter((x) => x.kind === 'ours').map((x) => get(x.figures)));
    const reference = median(runs.filter((x) => x.kind === 'reference').map((x) => get(x.figures)));
    return { label, unit, ours, reference, ratio: ours / reference };
  }).filter((row) => !Number.isNaN(row.ours) || !Number.isNaN(row.reference)); // NaN: a phase BENCH_ONLY left out
  console.log(`${short ? 'SHORT run (figures mean nothing)' : 'Full run'}, medians of ${repeats}; ours / reference`);
  console.log(`${'figure'.padEnd(52)} ${'ours'.padStart(10)} ${'reference'.padStart(10)} ${'ratio'.padStart(7)}`);
  for (const row of table) {
    console.log(`${`${row.label} (${row.unit})`.padEnd(52)} ${fmt(row.ours).padStart(10)} ${fmt(row.reference).padStart(10)} ${`${row.ratio.toFixed(2)}x`.padStart(7)}`);
  }
  const check = checkCost(short ? 20 : 200);
  console.log(check);

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadavg: runs.map((x) => `${x.kind}#${x.repeat + 1}: ${x.loadBefore} -> ${x.loadAfter}`),
  };
  if (!short && !process.env.BENCH_ONLY) {
    const file = path.join('bench', 'results', `sync-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, scale, table, structuralCheck: check, runs }, null, 2)}\n`);
    console.log(`saved ${file}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
