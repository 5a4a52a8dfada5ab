/**
 * Big boards in the browser: generates boards of 200 and 2,000 agencies, stores them through the
 * real server's import API (the compiled server, as `npm start` runs it), opens each in Chromium
 * and prints time to the first agency on screen, time to idle, frames per second while dragging
 * an agency and while panning, the main-thread time of one colleague's edit, heap and element
 * count. Medians of three (BENCH_REPEATS); `--short` opens the small board once, as `npm test`
 * does so that the script cannot rot (and saves nothing). Figures, not pass/fail; a full run's JSON
 * goes to bench/results/. Needs the built client (`vite build`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { boardToJson } from '@partnermap/shared/formats';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { buildOurs, startBenchServer } from './sync/servers.ts';
import { median } from './sync/stats.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { LARGE, SMALL, generateBoard, type BoardSize } from './browser/boards.ts';
import { joinAsColleague } from './browser/colleague.ts';
import { readingAfterMove } from './browser/reading.ts';
import { colleagueEdit, dragFps, footprint, instrument, loadTimes, panFps, type Placed } from './browser/measure.ts';
import { SECTOR_COLOURS } from '@partnermap/shared/render';

const short = process.argv.includes('--short') || process.env.BENCH_SHORT === '1';
const repeats = short ? 1 : Number(process.env.BENCH_REPEATS ?? 3);
// BENCH_SIZES=small or =large opens only that board, e.g. while profiling one of them.
const only = process.env.BENCH_SIZES;
if (only && only !== 'small' && only !== 'large') throw new Error(`BENCH_SIZES is "small" or "large", not "${only}"`);
const sizes: BoardSize[] = short ? [SMALL] : [SMALL, LARGE].filter((s) => !only || only === (s === SMALL ? 'small' : 'large'));
const port = process.env.BENCH_BROWSER_PORT ?? '4221';

type Figures = Awaited<ReturnType<typeof openOnce>>;

const FIGURES: [keyof Figures, string, string][] = [
  ['firstVisibleMs', 'first agency visible', 'ms'],
  ['idleMs', 'idle (1 s without a long task)', 'ms'],
  ['dragFps', 'fps while dragging an agency', 'fps'],
  ['panFps', 'fps while panning', 'fps'],
  ['editMainThreadMs', "a colleague's edit: main-thread time", 'ms'],
  ['editShownMs', "a colleague's edit: until shown", 'ms'],
  ['heapMiB', 'JS heap after load', 'MiB'],
  ['elements', 'elements in the page', ''],
];

async function importBoard(baseUrl: string, size: BoardSize): Promise<CreatedBoard> {
  const res = await fetch(`${baseUrl}/api/boards/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: boardToJson(generateBoard(size)),
  });
  if (res.status !== 201) throw new Error(`import of ${size.agencies} agencies answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as CreatedBoard;
}

/** One fresh page (nothing cached) opening the board, then the gestures and the colleague's edits. */
async function openOnce(browser: Browser, baseUrl: string, board: CreatedBoard, placed: readonly Placed[]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() =>
    localStorage.setItem('partnermap.person', JSON.stringify({ name: 'Benchmark', colour: '#1f77b4' })),
  );
  // tsx compiles named functions with esbuild's __name helper, which functions sent into the page lack.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    // BENCH_PROFILE=<prefix>: CPU profiles of the load, the drag, the pan and the colleague's edits, for DevTools.
    const profile = process.env.BENCH_PROFILE;
    const profiled = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      if (!profile) return run();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      const result = await run();
      fs.writeFileSync(`${profile}-${name}.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      return result;
    };
    const load = await profiled('load', async () => {
      await page.goto(`${baseUrl}${board.editPath}`);
      return loadTimes(page);
    });
    const memory = await footprint(page, cdp);
    const drag = await profiled('drag', () => dragFps(page, placed));
    const pan = await profiled('pan', () => panFps(page));
    const colleague = await joinAsColleague(baseUrl, board.id, board.editToken);
    try {
      const edit = await profiled('edit', () => colleagueEdit(page, cdp, colleague, placed, short ? 3 : 5));
      return { ...load, dragFps: drag, panFps: pan, ...edit, ...memory };
    } finally {
      colleague.close();
    }
  } finally {
    await context.close();
  }
}

function format(value: number, unit: string): string {
  const digits = unit === 'fps' || value < 100 ? 1 : 0;
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
}

async function main() {
  if (!fs.existsSync('dist/index.html')) throw new Error('No built client in dist/: run `npm run build` (or `vite build`) first.');
  buildOurs();
  const server = await startBenchServer('ours', { PORT: port });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const results: Record<string, { runs: Figures[]; median: Record<string, number> }> = {};
  try {
    for (const size of sizes) {
      const label = `${size.agencies} agencies / ${size.relationships} relationships / ${size.exchanges} exchanges`;
      const generated = generateBoard(size);
      const reading = readingAfterMove(generated);
      const placed = generated.agencies.map((a) => ({ id: a.id, position: a.position, colour: SECTOR_COLOURS[a.sector] }));
      const runs: Figures[] = [];
      for (let r = 0; r < repeats; r++) {
        // A board of its own for each repeat: the colleague's moves of the last one are stored, and
        // moving an agency where it already is would cost the page nothing.
        const board = await importBoard(server.url, size);
        runs.push(await openOnce(browser, server.url, board, placed));
        console.error(`${label}: repeat ${r + 1} of ${repeats} done`);
      }
      const medians = Object.fromEntries(FIGURES.map(([key]) => [key, median(runs.map((run) => run[key]))]));
      results[label] = { runs, median: { ...medians, ...reading } };
      console.log(`\n${label} (median of ${repeats})`);
      for (const [key, name, unit] of FIGURES) console.log(`  ${name.padEnd(40)} ${format(medians[key] ?? 0, unit)}`);
      console.log(`  ${'re-read after a move: whole (readBoard)'.padEnd(40)} ${format(reading.fullReadMs, 'ms')}`);
      console.log(`  ${'re-read after a move: live (liveBoard)'.padEnd(40)} ${format(reading.liveReadMs, 'ms')}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  if (short) return;
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg: os.loadavg(), node: process.version };
  const dir = path.join('bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `browser-${short ? 'short-' : ''}${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), short, repeats, machine, results }, null, 2)}\n`);
  console.log(`\nSaved ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
