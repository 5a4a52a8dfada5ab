/**
 * Sync benchmark, ours beside the reference (@y/websocket-server 0.1.1, in memory): each server
 * in its own process, the clients in another, repeats interleaved. Prints each figure for both
 * and the ratio (medians of the repeats) and saves the JSON of a full run under bench/results/.
 * Figures, not pass/fail: it fails only on errors. `--short` (or BENCH_SHORT=1) is the small,
 * single-repeat run `npm test` does so that the script cannot rot. BENCH_ONLY=cold,memory runs only
 * the phases named (memory, fanout, sustained, cold, presence).
 *
 * Ours runs as `npm start` runs it: every edit on the disk (synced, through a power cut) before it
 * is forwarded. It runs a second time with SQLITE_SYNC=normal, for the phases a sync is in the path
 * of (fan-out and sustained edits): every edit still written before it is forwarded, so it survives
 * the server being killed, but not synced. The reference keeps edits in memory only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figures, Phase } from './sync/clients.ts';
import { checkCost } from './sync/checkCost.ts';
import { FULL, SHORT } from './sync/scale.ts';
import { buildOurs, startBenchServer, type ServerKind } from './sync/servers.ts';
import { median } from './sync/stats.ts';

const short = process.argv.includes('--short') || process.env.BENCH_SHORT === '1';
const scale = short ? SHORT : FULL;
const repeats = short ? 1 : Number(process.env.BENCH_REPEATS ?? scale.repeats);

/** Ours as it runs by default, ours without the sync (SQLITE_SYNC=normal), and the reference. */
const SERVERS = {
  ours: { kind: 'ours', env: { SQLITE_SYNC: 'full' }, phases: undefined },
  'ours, not synced': { kind: 'ours', env: { SQLITE_SYNC: 'normal' }, phases: ['fanout', 'sustained'] },
  reference: { kind: 'reference', env: {}, phases: undefined },
} as const satisfies Record<string, { kind: ServerKind; env: Record<string, string>; phases: readonly Phase[] | undefined }>;
type ServerName = keyof typeof SERVERS;

/**
 * The phases a server runs: those BENCH_ONLY names, of those it runs at all. `phases` undefined
 * means every phase; `run` false, none (BENCH_ONLY names none of a server's own).
 */
function phasesOf(name: ServerName): { run: boolean; phases?: string } {
  const chosen = process.env.BENCH_ONLY?.split(',').map((p) => p.trim());
  const own: readonly string[] | undefined = SERVERS[name].phases;
  if (!own) return { run: true, phases: chosen?.join(',') };
  const both = own.filter((p) => !chosen || chosen.includes(p));
  return { run: both.length > 0, phases: both.join(',') };
}

interface Run {
  server: ServerName;
  kind: ServerKind;
  repeat: number;
  loadBefore: string;
  loadAfter: string;
  figures: Figures;
}

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function runClients(kind: ServerKind, url: string, pid: number, phases: string | undefined): Promise<Figures> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/sync/clients.ts'], {
    env: { ...process.env, BENCH_TARGET: JSON.stringify({ kind, url, pid, short }), ...(phases ? { BENCH_ONLY: phases } : {}) },
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
    const names = Object.keys(SERVERS) as ServerName[];
    const order = r % 2 === 0 ? names : names.toReversed();
    for (const name of order) {
      const { run, phases } = phasesOf(name);
      if (!run) continue;
      const { kind, env } = SERVERS[name];
      const server = await startBenchServer(kind, env);
      const loadBefore = loadavg();
      try {
        const figures = await runClients(kind, server.url, server.pid, phases);
        runs.push({ server: name, kind, repeat: r, loadBefore, loadAfter: loadavg(), figures });
        console.error(`repeat ${r + 1}/${repeats} ${name} done (load ${loadBefore} -> ${loadavg()})`);
        // A partial run saves no JSON: each run's figures are printed instead.
        if (process.env.BENCH_ONLY) console.error(JSON.stringify(figures));
      } finally {
        await server.stop();
      }
    }
  }

  // A figure of a phase left out by BENCH_ONLY is missing, and so is its row.
  const read = (get: (f: Figures) => number, f: Figures) => {
    try {
      return get(f);
    } catch {
      return undefined;
    }
  };
  const table = rows().flatMap(([label, unit, get]) => {
    const values = (name: ServerName) => runs.filter((x) => x.server === name).flatMap((x) => read(get, x.figures) ?? []);
    const [ours, notSynced, reference] = [values('ours'), values('ours, not synced'), values('reference')];
    if (ours.length === 0 || reference.length === 0) return [];
    const row = { label, unit, ours: median(ours), reference: median(reference), ratio: median(ours) / median(reference) };
    return [notSynced.length > 0 ? { ...row, oursNotSynced: median(notSynced), ratioNotSynced: median(notSynced) / median(reference) } : row];
  });
  const ratio = (r: number | undefined) => (r === undefined ? '' : `${r.toFixed(2)}x`);
  console.log(`${short ? 'SHORT run (figures mean nothing)' : 'Full run'}, medians of ${repeats}; ours / reference`);
  console.log('ours: each edit synced to the disk before it is forwarded; not synced: written, so it survives a kill but not a power cut');
  console.log(`${'figure'.padEnd(52)} ${'ours'.padStart(10)} ${'reference'.padStart(10)} ${'ratio'.padStart(7)} ${'not synced'.padStart(11)} ${'ratio'.padStart(7)}`);
  for (const row of table) {
    const notSynced = 'oursNotSynced' in row ? [fmt(row.oursNotSynced).padStart(11), ratio(row.ratioNotSynced).padStart(7)].join(' ') : '';
    console.log(`${`${row.label} (${row.unit})`.padEnd(52)} ${fmt(row.ours).padStart(10)} ${fmt(row.reference).padStart(10)} ${ratio(row.ratio).padStart(7)} ${notSynced}`.trimEnd());
  }
  const check = checkCost(short ? 20 : 200);
  console.log(check);

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadavg: runs.map((x) => `${x.server}#${x.repeat + 1}: ${x.loadBefore} -> ${x.loadAfter}`),
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
