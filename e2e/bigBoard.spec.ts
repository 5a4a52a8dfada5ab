import { expect, test, type BrowserContext, type Page } from './support/test.ts';
import { seedBoard, wideBoard } from './seedBoard.ts';
import { expectLive } from './support/people.ts';
import { browserCopyHolds } from './support/browserCopy.ts';
import { generateBoard } from '../bench/browser/boards.ts';
// The style module alone: the render package's index also loads the report's graph analysis.
import { SECTOR_COLOURS } from '../shared/src/render/style.ts';
import type { Agency, Board } from '@partnermap/shared/model';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { COMPRESSED_SYNC_MESSAGE, COMPRESSED_SYNC_PARAM } from '@partnermap/shared/protocol';
import { overviewPixels, overviewColourAt } from './support/overviewPixels.ts';

// Big enough for the overview (over 300 agencies), small enough to import and open quickly.
const board: Board = generateBoard({ agencies: 800, relationships: 1600, exchanges: 800 });
/** A card's estimated size (client/src/canvas/overview/scene.ts): its centre is where it is drawn. */
const CARD = { width: 200, height: 76 };

/** Where an agency's shape is on the screen now, from React Flow's pan and zoom. */
async function onScreen(page: Page, position: { x: number; y: number }) {
  return page.evaluate(({ position, card }) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const [, x, y, zoom] = /translate\(([-\d.]+)px, ?([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(viewport.style.transform)!.map(Number);
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { x: pane.x + x! + (position.x + card.width / 2) * zoom!, y: pane.y + y! + (position.y + card.height / 2) * zoom!, zoom: zoom! };
  }, { position, card: CARD });
}

/** The colour the overview's canvas shows at a point of the screen, as #RRGGBB. */
async function colourAt(page: Page, at: { x: number; y: number }) {
  return (await overviewColourAt(page, at)).toUpperCase();
}

/**
 * Drags an agency's shape in one page's overview through screen offsets from where it starts
 * ([dx, dy, pointer steps]), and waits until another page paints it where it was dropped.
 */
async function dragInOverview(dragging: Page, watching: Page, agency: Agency, moves: [number, number, number][]) {
  const from = await onScreen(dragging, agency.position);
  await dragging.mouse.move(from.x, from.y);
  await dragging.mouse.down();
  for (const [dx, dy, steps] of moves) await dragging.mouse.move(from.x + dx, from.y + dy, { steps });
  await dragging.mouse.up();
  const [dx, dy] = moves.at(-1)!;
  const dropped = { x: agency.position.x + dx / from.zoom, y: agency.position.y + dy / from.zoom };
  await expect.poll(async () => colourAt(watching, await onScreen(watching, dropped))).toBe(SECTOR_COLOURS[agency.sector].toUpperCase());
}

/**
 * Who paints the overview: a worker (the canvas was handed over to it) or the page itself. Asked
 * only once the overview has painted: asked before, it would itself take the canvas for the page.
 */
function paintedBy(page: Page) {
  return page.getByTestId('map-overview').evaluate((canvas: HTMLCanvasElement) => {
    try {
      canvas.getContext('2d');
      return 'page';
    } catch {
      return 'worker';
    }
  });
}

async function openOverview(page: Page, path: string) {
  await page.goto(path);
  const overview = page.getByTestId('map-overview');
  await expect(overview).toHaveClass(/is-overview/, { timeout: 30_000 });
  await expect(overview).toHaveAttribute('data-drawn', /^[1-9]/);
}

/** An agency well inside the window, not under the panels. */
function middleAgency(): Agency {
  return board.agencies[Math.floor(board.agencies.length / 2) + 14]!;
}

test('a big board opens as an overview where agencies can be chosen, moved and zoomed into', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const created = await seedBoard(request, board);
  // The first bytes of each message from the server: the board comes compressed (type 5), not as a plain sync step 2 (0, 1).
  const received: number[][] = [];
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => {
    if (typeof payload !== 'string') received.push([...payload.subarray(0, 2)]);
  }));
  await openOverview(page, created.editPath);
  expect(received.filter(([type]) => type === COMPRESSED_SYNC_MESSAGE)).toHaveLength(1);
  expect(received.filter(([type, step]) => type === 0 && step === 1)).toHaveLength(0);
  // The overview draws the map, not hundreds of cards; screen readers get the agencies as a list.
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByText(`Overview of ${board.agencies.length} agencies`)).toBeVisible();
  await expect(page.getByRole('list', { name: /Agencies on the map/ }).getByRole('button')).toHaveCount(board.agencies.length);
  await page.screenshot({ path: testInfo.outputPath('overview.png') });

  // A click on an agency's shape selects it and opens its inspector.
  const chosen = middleAgency();
  const at = await onScreen(page, chosen.position);
  expect(await colourAt(page, at)).toBe(SECTOR_COLOURS[chosen.sector].toUpperCase());
  // Painted in a worker, which holds the canvas: the page's own thread cannot draw on it.
  expect(await paintedBy(page)).toBe('worker');
  // One painter (the one the page started as it loaded: see the next test), and no spare left idle.
  expect(page.workers()).toHaveLength(1);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('agency-inspector').getByLabel('Name')).toHaveValue(chosen.name);

  // A colleague moves another agency in their overview: it shows moved here.
  const colleague = await browser.newPage();
  await openOverview(colleague, created.editPath);
  const moved = board.agencies[Math.floor(board.agencies.length / 2) + 2]!;
  await dragInOverview(colleague, page, moved, [
    [10, 60, 5],
    [20, 120, 5],
  ]);
  await colleague.close();

  // Zooming in far enough brings back the full map: cards with their names, still selected.
  for (let i = 0; i < 12 && !(await page.locator('.react-flow__node').count()); i++) {
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(150);
  }
  await expect(page.getByTestId('map-overview')).toHaveClass(/is-detail/);
  await expect(page.locator(`[data-testid="agency-node"][data-agency-name="${chosen.name}"]`)).toBeVisible();
  await expect(page.locator(`[data-testid="agency-node"][data-agency-name="${chosen.name}"]`)).toHaveClass(/is-selected/);
  await expect(page.getByRole('list', { name: /Agencies on the map/ })).toHaveCount(0);
  await expect(page.getByText(/^Overview of/)).toHaveCount(0);
  expect(await page.locator('.react-flow__node').count()).toBeLessThan(board.agencies.length / 2);
});

test('a big board whose compressed copy arrives broken is asked for again uncompressed, and opens whole', async ({ page, request, consoleGuard }) => {
  test.setTimeout(90_000);
  const created = await seedBoard(request, board);
  consoleGuard.allow(/The board could not be decompressed; asking for it uncompressed/);
  // Stand between the page and the server: the compressed board loses the second half of its bytes on the way.
  const sockets: { url: string; received: number[][] }[] = [];
  await page.routeWebSocket(/\/ws\//, (ws) => {
    const socket = { url: ws.url(), received: [] as number[][] };
    sockets.push(socket);
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      if (typeof m === 'string') return ws.send(m);
      socket.received.push([...m.subarray(0, 2)]);
      if (m[0] !== COMPRESSED_SYNC_MESSAGE) return ws.send(m);
      const d = decoding.createDecoder(m);
      decoding.readVarUint(d);
      const rawLength = decoding.readVarUint(d);
      const deflated = decoding.readVarUint8Array(d);
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, COMPRESSED_SYNC_MESSAGE);
      encoding.writeVarUint(e, rawLength);
      encoding.writeVarUint8Array(e, deflated.subarray(0, deflated.byteLength >> 1));
      ws.send(Buffer.from(encoding.toUint8Array(e)));
    });
  });
  await openOverview(page, created.editPath);
  await expect(page.getByText(`Overview of ${board.agencies.length} agencies`)).toBeVisible();
  await expect(page.getByRole('list', { name: /Agencies on the map/ }).getByRole('button')).toHaveCount(board.agencies.length);
  // The first socket asked for the board compressed and got it broken; the next asked for it plain, and got it so.
  const compressParam = `${COMPRESSED_SYNC_PARAM.name}=${COMPRESSED_SYNC_PARAM.value}`;
  expect(sockets.length).toBeGreaterThanOrEqual(2);
  expect(sockets[0]!.url).toContain(compressParam);
  expect(sockets[0]!.received.filter(([type]) => type === COMPRESSED_SYNC_MESSAGE)).toHaveLength(1);
  const last = sockets.at(-1)!;
  expect(last.url).not.toContain(compressParam);
  expect(last.received.filter(([type]) => type === COMPRESSED_SYNC_MESSAGE)).toHaveLength(0);
  expect(last.received.filter(([type, step]) => type === 0 && step === 1)).toHaveLength(1);
  await expectLive(page);
});

test('a big board opened once is kept whole in this browser, and opens from that copy offline', async ({ page, request }) => {
  test.setTimeout(90_000);
  const created = await seedBoard(request, board);
  await page.goto(created.editPath);
  await expectLive(page);
  await expect(page.getByText(`Overview of ${board.agencies.length} agencies`)).toBeVisible();
  // The board arrives compressed and waits for the copy to be read, then is stored as it came.
  const last = board.agencies.at(-1)!.name;
  await expect.poll(() => browserCopyHolds(page, created.id, last), { timeout: 20_000 }).toBe(true);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
  await expect(page.getByText(`Overview of ${board.agencies.length} agencies`)).toBeVisible();
});

test("a board's page starts the overview's painter as it loads, before it knows the board's size, and a small board's ends it", async ({ page, request }) => {
  test.setTimeout(60_000);
  const created = await seedBoard(request, wideBoard());
  await page.goto(created.editPath);
  await expect(page.locator('[data-testid="agency-node"]')).toHaveCount(5);
  // A small board has no overview: this worker can only be the one started with the page.
  await expect.poll(() => page.workers().length).toBe(1);
  await expect(page.getByTestId('map-overview')).toHaveCount(0);
  await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBe(0);
});

test('a board opened from the home page starts the painter as the address changes, as one opened from its link does', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Create board' })).toBeVisible();
  // The home page has no map: nothing starts a painter there.
  expect(page.workers()).toHaveLength(0);
  await page.getByLabel('Board title').fill('Falls prevention in Westshire');
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByTestId('empty-guide')).toBeVisible();
  // An empty board has no overview: this worker can only be the one started with the board's page.
  await expect.poll(() => page.workers().length).toBe(1);
  await expect(page.getByTestId('map-overview')).toHaveCount(0);
});

test('where the painter cannot start (its script does not load), the page paints the overview itself', async ({ page, request }) => {
  test.setTimeout(90_000);
  const created = await seedBoard(request, board);
  await page.route(/overview\.worker/, (route) => route.abort());
  await openOverview(page, created.editPath);
  expect(await paintedBy(page)).toBe('page');
  const chosen = middleAgency();
  const at = await onScreen(page, chosen.position);
  expect(await colourAt(page, at)).toBe(SECTOR_COLOURS[chosen.sector].toUpperCase());
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('agency-inspector').getByLabel('Name')).toHaveValue(chosen.name);
});

test('from the overview, the keyboard reaches an agency: the view moves in and focus lands on its card, and connecting by name reaches one far across the board', async ({ page, request }) => {
  test.setTimeout(90_000);
  const created = await seedBoard(request, board);
  await openOverview(page, created.editPath);
  const first = page.getByRole('list', { name: /Agencies on the map/ }).getByRole('button').first();
  await first.focus();
  const card = page.locator('.react-flow__node:focus');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('aria-label', /^Agency: Agency 1, /);
  await expect(page.getByTestId('map-overview')).toHaveClass(/is-detail/);
  // The map's own keys work from there: an arrow moves to the next agency along.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.react-flow__node:focus')).toHaveAttribute('aria-label', /^Agency: Agency 2, /);

  // Connecting to an agency far across the board, which the map holds but does not draw: typing
  // its name takes the view there and focus to its card, and Enter joins the two.
  const far = page.locator('.react-flow__node', { has: page.locator('[data-agency-name="Agency 800"]') });
  await expect(far).toHaveCount(0);
  await page.keyboard.press('c');
  await page.keyboard.type('800');
  await expect(page.locator('.react-flow__node:focus')).toHaveAttribute('aria-label', /^Agency: Agency 800, /);
  await expect(far).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('relationship-inspector')).toContainText('Agency 800');
  await expect(page.getByTestId('relationship-inspector')).toContainText('Agency 2');
});

test('fitted back to the whole board by keyboard, the overview says that no agency has focus', async ({ page, request }) => {
  test.setTimeout(90_000);
  const created = await seedBoard(request, board);
  await openOverview(page, created.editPath);
  await page.getByRole('list', { name: /Agencies on the map/ }).getByRole('button').first().focus();
  await expect(page.locator('.react-flow__node:focus')).toHaveCount(1);
  await page.keyboard.press('0');
  await expect(page.getByTestId('map-overview')).toHaveClass(/is-overview/);
  await expect(page.getByTestId('announcer')).toContainText('The map now shows the whole board as an overview, and no agency has focus.');
});

test('a double-click on an agency in the overview opens its card, and adds no agency', async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  const created = await seedBoard(request, board);
  await openOverview(page, created.editPath);
  const chosen = middleAgency();
  const at = await onScreen(page, chosen.position);
  await page.mouse.dblclick(at.x, at.y);
  await expect(page.getByTestId('map-overview')).toHaveClass(/is-detail/);
  const card = page.locator(`[data-testid="agency-node"][data-agency-name="${chosen.name}"]`);
  await expect(card).toBeInViewport();
  await expect(card).toHaveClass(/is-selected/);
  await expect(page.locator('[data-testid="agency-node"][data-agency-name=""]')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('detail.png') });
});

// Few relationships, so that lines rarely cross: the comparison below is not lost in smoothing.
const sparse: Board = generateBoard({ agencies: 400, relationships: 160, exchanges: 0 });

/** Whether every agency's shape lies within the map's pane: the board is fitted whole. */
async function wholeBoardInView(page: Page, agencies: Agency[]) {
  const pane = await page.locator('.react-flow').boundingBox();
  for (const agency of agencies) {
    const at = await onScreen(page, agency.position);
    if (at.x < pane!.x || at.x > pane!.x + pane!.width || at.y < pane!.y || at.y > pane!.y + pane!.height) return false;
  }
  return true;
}

test('a big board shown again, after another view or a reload, is fitted whole', async ({ page, request }) => {
  test.setTimeout(90_000);
  const created = await seedBoard(request, sparse);
  // The agencies furthest out on each side: when they are in view, all are.
  const xs = [...sparse.agencies].sort((a, b) => a.position.x - b.position.x);
  const ys = [...sparse.agencies].sort((a, b) => a.position.y - b.position.y);
  const outermost = [xs[0]!, xs.at(-1)!, ys[0]!, ys.at(-1)!];
  await openOverview(page, created.editPath);
  await expect.poll(() => wholeBoardInView(page, outermost)).toBe(true);
  // The map is made afresh with the board already in the page.
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect.poll(() => wholeBoardInView(page, outermost)).toBe(true);
  await expect(page.getByTestId('map-overview')).toHaveAttribute('data-drawn', /^[1-9]/);
  // Reloaded, the browser's copy of the board can be in before the map is first drawn.
  await page.reload();
  await expect.poll(() => wholeBoardInView(page, outermost)).toBe(true);
});

test('an agency found from another view is centred on the map once it is made, not lost to its first fit', async ({ page, request }) => {
  test.setTimeout(90_000);
  const created = await seedBoard(request, sparse);
  await openOverview(page, created.editPath);
  await page.getByRole('tab', { name: 'Table' }).click();
  const chosen = sparse.agencies[Math.floor(sparse.agencies.length / 2) + 14]!;
  await page.keyboard.press('Control+k');
  await page.keyboard.type(chosen.name);
  await expect(page.getByRole('dialog').getByRole('option').first()).toContainText(chosen.name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  // Close enough to read: the card itself, selected and in view, not the whole board's overview.
  const card = page.locator(`[data-testid="agency-node"][data-agency-name="${chosen.name}"]`);
  await expect(card).toBeInViewport();
  await expect(card).toHaveClass(/is-selected/);
  await expect(page.getByTestId('map-overview')).toHaveClass(/is-detail/);
});

for (const ratio of [1, 1.25]) {
  test(`a colleague's move repaints only part of the overview, and it shows what a fresh page draws whole (${ratio} device pixels to a pixel)`, async ({ browser, request }) => {
    test.setTimeout(120_000);
    const created = await seedBoard(request, sparse);
    const contexts: BrowserContext[] = [];
    const openPage = async () => {
      const context = await browser.newContext({ deviceScaleFactor: ratio });
      contexts.push(context);
      const opened = await context.newPage();
      await openOverview(opened, created.editPath);
      return opened;
    };
    try {
      const page = await openPage();
      const colleague = await openPage();
      // An agency well inside the board, so that the board's bounds (and so every page's fit) stay the same.
      const moved = sparse.agencies[Math.floor(sparse.agencies.length / 2) + 14]!;
      await dragInOverview(colleague, page, moved, [
        [10, 10, 2],
        [60, 90, 1],
      ]);
      await colleague.close();
      const overview = page.getByTestId('map-overview');
      await expect(overview).toHaveAttribute('data-repaint', 'changed');

      const fresh = await openPage();
      // Pixels where this page's repainted canvas and the fresh page's whole one clearly differ (a
      // line or a shape in one and not the other), once the drag's last write has reached both. The
      // browser smooths edges a little differently when it paints part of a canvas, so only
      // differences of more than a quarter of the range count.
      const clearlyDiffering = async () => {
        const box = (await overview.boundingBox())!;
        const a = await overviewPixels(page, box, 'device');
        const b = await overviewPixels(fresh, box, 'device');
        let n = 0;
        for (let i = 0; i < a.data.length; i += 4) if ([0, 1, 2].some((k) => Math.abs(a.data[i + k]! - b.data[i + k]!) > 64)) n++;
        return n;
      };
      await expect.poll(clearlyDiffering, { timeout: 15_000 }).toBe(0);
    } finally {
      for (const context of contexts) await context.close();
    }
  });
}
