/** What the browser benchmark measures in one page, through Playwright and the DevTools protocol. */
import type { CDPSession, Page } from '@playwright/test';
import { median, pause } from '../sync/stats.ts';
import type { Colleague } from './colleague.ts';
import { overviewColourAt, overviewPaintedAt } from '../../e2e/support/overviewPixels.ts';

/** Installed before the app loads: long tasks, the first agency shown, and a frame counter. */
export function instrument(): void {
  const bench = {
    firstVisible: 0,
    longTasks: [] as [number, number][],
    frames: 0,
    counting: false,
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // React Flow keeps a node hidden until it has measured it: "visible" is the first one shown.
  let canvasAt = 0;
  const poll = () => {
    const node = document.querySelector('.react-flow__node');
    // A big board opens as an overview: its agencies are painted on one canvas, not cards. The
    // canvas is painted in a worker, whose frame reaches the screen without the page's main
    // thread: the page hears of it when that thread is free, and is told when it was painted. The
    // canvas itself shows once the page has drawn a frame with it: not before this frame's start.
    const overview = document.querySelector<HTMLElement>('[data-testid="map-overview"].is-overview');
    if (overview && !canvasAt) canvasAt = performance.now();
    if (overview && Number(overview.dataset.drawn) > 0) bench.firstVisible = Math.max(Number(overview.dataset.paintedAt) || performance.now(), canvasAt);
    else if (node && getComputedStyle(node).visibility !== 'hidden') bench.firstVisible = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

interface BenchState {
  firstVisible: number;
  longTasks: [number, number][];
  frames: number;
  counting: boolean;
}
const state = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);

/** Milliseconds from navigation to the first agency on screen, and to the end of the last long task before 1 s of quiet. */
export async function loadTimes(page: Page, timeoutMs = 180_000): Promise<{ firstVisibleMs: number; idleMs: number }> {
  const start = Date.now();
  for (;;) {
    const s = await state(page);
    const now = await page.evaluate(() => performance.now());
    if (s.firstVisible) {
      const lastEnd = Math.max(s.firstVisible, ...s.longTasks.map(([t, d]) => t + d));
      if (now - lastEnd >= 1000) return { firstVisibleMs: s.firstVisible, idleMs: lastEnd };
    }
    if (Date.now() - start > timeoutMs) {
      const shown = s.firstVisible ? `first agency at ${Math.round(s.firstVisible)} ms` : 'no agency shown';
      await page.screenshot({ path: 'test-results/bench-browser-unsettled.png' });
      throw new Error(`the board did not settle within ${timeoutMs / 1000} s (${shown}, ${s.longTasks.length} long tasks)`);
    }
    await pause(100);
  }
}

/** Frames per second while `gesture` runs (requestAnimationFrame callbacks counted in the page). */
async function framesDuring(page: Page, gesture: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    bench.frames = 0;
    bench.counting = true;
    const count = () => {
      if (!bench.counting) return;
      bench.frames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  const started = Date.now();
  await gesture();
  const frames = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchState }).__bench;
    bench.counting = false;
    return bench.frames;
  });
  return frames / ((Date.now() - started) / 1000);
}

/** A pointer held down at `from` and moved in a slow circle for two seconds, one move per 16 ms. */
async function circle(page: Page, from: { x: number; y: number }, radius: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const started = Date.now();
  for (let i = 1; Date.now() - started < 2000; i++) {
    const angle = i / 20;
    await page.mouse.move(from.x + radius * Math.sin(angle), from.y + radius * (1 - Math.cos(angle)));
    await pause(16);
  }
  await page.mouse.up();
}

/** Where the board's agencies are, for finding one in the overview (where they are painted, not elements). */
export interface Placed {
  id: string;
  position: { x: number; y: number };
  /** Its sector's colour, as the overview paints it. */
  colour: string;
}

/** Whether the map shows the overview now. */
const inOverview = (page: Page) => page.evaluate(() => !!document.querySelector('[data-testid="map-overview"].is-overview'));

/** An agency's shape in the overview nearest the window's centre: its id, centre on screen and position on the board. */
function paintedAgencyInView(page: Page, agencies: readonly Placed[]) {
  return page.evaluate((agencies) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const [, tx, ty, zoom] = /translate\(([-\d.]+)px, ?([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(viewport.style.transform)!.map(Number);
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    // The overview's estimated card size (client/src/canvas/overview/scene.ts).
    const screen = (p: { x: number; y: number }) => ({ x: pane.x + tx! + (p.x + 100) * zoom!, y: pane.y + ty! + (p.y + 38) * zoom! });
    let best: { id: string; x: number; y: number; d: number; at: { x: number; y: number } } | undefined;
    for (const a of agencies) {
      const s = screen(a.position);
      const d = Math.hypot(s.x - innerWidth / 2, s.y - innerHeight / 2);
      if (!best || d < best.d) best = { id: a.id, ...s, d, at: a.position };
    }
    if (!best) throw new Error('no agency on screen');
    return { ...best, zoom: zoom! };
  }, agencies);
}

/** An agency card well inside the window: its id, centre on screen and position on the board. */
function agencyInView(page: Page): Promise<{ id: string; x: number; y: number; at: { x: number; y: number } }> {
  return page.evaluate(() => {
    const cx = innerWidth / 2;
    const cy = innerHeight / 2;
    let best: { id: string; x: number; y: number; d: number } | undefined;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = el.getBoundingClientRect();
      const p = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      const d = Math.hypot(p.x - cx, p.y - cy);
      if (r.width > 0 && (!best || d < best.d)) best = { id: el.dataset.id ?? '', ...p, d };
    }
    if (!best) throw new Error('no agency on screen');
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${best.id}"]`);
    const [x, y] = (/translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(el?.style.transform ?? '') ?? []).slice(1).map(Number);
    return { id: best.id, x: best.x, y: best.y, at: { x: x ?? 0, y: y ?? 0 } };
  });
}

/** A point of empty canvas (the pane itself under the pointer), nearest the centre. */
async function emptyCanvas(page: Page): Promise<{ x: number; y: number }> {
  // In the overview the pane covers painted agencies too: empty is also where the canvas painted nothing.
  const painted = (await inOverview(page)) ? await overviewPaintedAt(page) : () => false;
  const { width, height } = page.viewportSize()!;
  for (let ring = 0; ring < 40; ring++) {
    for (let k = 0; k < 16; k++) {
      const x = width / 2 + ring * 12 * Math.cos((k * Math.PI) / 8);
      const y = height / 2 + ring * 12 * Math.sin((k * Math.PI) / 8);
      if (painted(x, y)) continue;
      if (await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), { x, y })) return { x, y };
    }
  }
  throw new Error('no empty canvas to pan on');
}

export async function dragFps(page: Page, agencies: readonly Placed[]): Promise<number> {
  const agency = (await inOverview(page)) ? await paintedAgencyInView(page, agencies) : await agencyInView(page);
  return framesDuring(page, () => circle(page, agency, 120));
}

export async function panFps(page: Page): Promise<number> {
  const at = await emptyCanvas(page);
  return framesDuring(page, () => circle(page, at, 150));
}

/** The page's main-thread busy time so far, in ms (every task: script, style, layout, paint). */
/**
 * The page's main-thread time so far, less what it spent answering this benchmark's own DevTools
 * commands (finding an agency in view, reading the metrics): those are the probe's cost, not the app's.
 */
async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return metric('TaskDuration') - metric('DevToolsCommandDuration');
}

/**
 * Main-thread time one colleague's edit costs this page: the busy time of a second after a
 * colleague moves an agency on screen, less that of a quiet second just before. Also how long
 * the move took to show. Medians of `samples` edits.
 */
export async function colleagueEdit(page: Page, cdp: CDPSession, colleague: Colleague, agencies: readonly Placed[], samples = 5) {
  await cdp.send('Performance.enable');
  const costs: number[] = [];
  const delays: number[] = [];
  const moved = new Set<string>();
  const painted: { id: string; point: { x: number; y: number }; colour: string }[] = [];
  for (let i = 0; i < samples; i++) {
    const quiet0 = await busyMs(cdp);
    await pause(1000);
    const quiet = (await busyMs(cdp)) - quiet0;
    if (await inOverview(page)) {
      // Into the gap below its row (rows are 200 apart, shapes 76 high), where nothing else is painted.
      const agency = await paintedAgencyInView(page, agencies.filter((a) => !moved.has(a.id)));
      moved.add(agency.id);
      const target = { x: Math.round(agency.at.x), y: Math.round(agency.at.y) + 110 };
      const colour = agencies.find((a) => a.id === agency.id)!.colour;
      const point = { x: agency.x, y: agency.y + 110 * agency.zoom };
      // The canvas is painted in a worker, which tells the page when it has painted: the first
      // paint after the move is taken as showing it, and checked on a screenshot afterwards.
      await page.evaluate(() => {
        const flag = window as unknown as { __repainted: boolean };
        flag.__repainted = false;
        const canvas = document.querySelector('[data-testid="map-overview"]')!;
        const seen = new MutationObserver(() => {
          flag.__repainted = true;
          seen.disconnect();
        });
        seen.observe(canvas, { attributes: true, attributeFilter: ['data-repaint'] });
      });
      const before = await busyMs(cdp);
      const sent = Date.now();
      colleague.move(agency.id, target);
      await page.waitForFunction(() => (window as unknown as { __repainted: boolean }).__repainted, undefined, { polling: 'raf' });
      delays.push(Date.now() - sent);
      await pause(Math.max(0, 1000 - (Date.now() - sent)));
      costs.push(Math.max(0, (await busyMs(cdp)) - before - quiet));
      painted.push({ id: agency.id, point, colour });
      continue;
    }
    const agency = await agencyInView(page);
    // A small step, so that the card stays on screen (off screen it would not be drawn at all).
    const target = { x: Math.round(agency.at.x) + 20, y: Math.round(agency.at.y) + 10 };
    const before = await busyMs(cdp);
    const sent = Date.now();
    colleague.move(agency.id, target);
    await page.waitForFunction(
      ([id, x]) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.style.transform.includes(`(${x}px`) ?? false,
      [agency.id, target.x] as const,
      { polling: 'raf' },
    );
    delays.push(Date.now() - sent);
    await pause(Math.max(0, 1000 - (Date.now() - sent)));
    costs.push(Math.max(0, (await busyMs(cdp)) - before - quiet));
  }
  // After the timed edits: a screenshot costs the page a repaint of its own.
  for (const { id, point, colour } of painted) {
    if ((await overviewColourAt(page, point)) !== colour.toLowerCase()) throw new Error(`a colleague's move of ${id} was not painted`);
  }
  return { editMainThreadMs: median(costs), editShownMs: median(delays) };
}

/** Heap in use after a garbage collection, in MiB, and elements in the page. */
export async function footprint(page: Page, cdp: CDPSession): Promise<{ heapMiB: number; elements: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heapMiB: usedSize / 1024 / 1024, elements };
}
