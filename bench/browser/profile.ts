// Temporary: where the page spends its time during a colleague's edit and a drag.
import { chromium } from '@playwright/test';
import { boardToJson } from '@partnermap/shared/formats';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { startBenchServer } from '../sync/servers.ts';
import { pause } from '../sync/stats.ts';
import { LARGE, SMALL, generateBoard } from './boards.ts';
import { joinAsColleague } from './colleague.ts';
import { instrument, loadTimes } from './measure.ts';

const size = process.argv.includes('--large') ? LARGE : SMALL;
const server = await startBenchServer('ours', { PORT: '4223' });
const res = await fetch(`${server.url}/api/boards/import`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: boardToJson(generateBoard(size)) });
const board = (await res.json()) as CreatedBoard;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
await context.addInitScript(() => localStorage.setItem('partnermap.person', JSON.stringify({ name: 'B', colour: '#1f77b4' })));
await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
await context.addInitScript(instrument);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.goto(`${server.url}${board.editPath}`);
console.log(await loadTimes(page));
const colleague = await joinAsColleague(server.url, board.id, board.editToken);
const id = await page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__node')!.dataset.id!);

async function profile(label: string, action: () => Promise<void>) {
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((s, i) => {
    const n = byId.get(s)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`\n== ${label}: busy ${[...self].filter(([k]) => !k.startsWith('(idle)')).reduce((s, [, v]) => s + v, 0).toFixed(0)} ms`);
  for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}

await profile('colleague edits x5', async () => {
  for (let i = 0; i < 5; i++) {
    colleague.move(id, { x: 100 + i * 10, y: 50 });
    await pause(400);
  }
});
const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
await profile('drag 1s', async () => {
  await page.mouse.move(box!.x + 20, box!.y + 10);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(box!.x + 20 + i * 2, box!.y + 10 + i);
    await pause(16);
  }
  await page.mouse.up();
});
colleague.close();
await browser.close();
await server.stop();
