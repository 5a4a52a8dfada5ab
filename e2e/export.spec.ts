import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from './support/test.ts';
import { PNG } from 'pngjs';
import { parseBoardJson } from '@partnermap/shared/formats';
import { seedBoard, wideBoard } from './seedBoard.ts';

const board = wideBoard();
const NAMES = board.agencies.map((a) => a.name);

async function openBoard(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('agency-node')).toHaveCount(NAMES.length);
  await expect(page.getByTestId('partnership-outline')).toHaveCount(1);
}

async function downloaded(page: Page, choose: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await choose();
  const download = await waiting;
  return { download, bytes: await readFile((await download.path())!) };
}

/** The map's own proportions as drawn on screen (zoom does not change them): agencies, outlines and their labels. */
async function mapRatioOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.react-flow__node, .partnership-outline, .partnership-outline__label')].map((e) =>
      e.getBoundingClientRect(),
    );
    const w = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
    const h = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
    return w / h;
  });
}

/** Where the map sits in the exported SVG (the PNG is the same picture at twice the size). */
function mapBoxIn(svg: string) {
  const root = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  const map = /<g transform="translate\((\d+) (\d+)\)"><svg[^>]*? width="(\d+)" height="(\d+)"/.exec(svg);
  if (!root || !map) throw new Error('no map in the SVG');
  const [x, y, width, height] = map.slice(1).map(Number) as [number, number, number, number];
  return { page: { width: Number(root[1]), height: Number(root[2]) }, map: { x, y, width, height } };
}

const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+));/g, (_, name: string, code?: string) =>
    code ? String.fromCharCode(Number(code)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );

test('exports the whole map as PNG and SVG: every agency, at 2x, in the map’s proportions, not blank', async ({ page, request }) => {
  const created = await seedBoard(request, board);
  await openBoard(page, created.editPath);
  // Selected, so its highlight and handles show on screen; the image must leave them out.
  await page.getByText('Riverside Hospital Trust').click();
  await expect(page.locator('.agency-node.is-selected')).toHaveCount(1);
  // Zoomed in: the export must still frame every agency, not just what is in view.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const ratio = await mapRatioOnScreen(page);

  // SVG, by keyboard only.
  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.focus();
  const svgFile = await downloaded(page, async () => {
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: /PNG picture/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: /SVG drawing/ })).toBeFocused();
    await page.keyboard.press('Enter');
  });
  expect(svgFile.download.suggestedFilename()).toBe('Discharge to assess, Northshire.svg');
  const svg = svgFile.bytes.toString('utf8');
  const text = unescapeXml(svg);
  for (const name of NAMES) expect(text, `${name} as text in the SVG`).toMatch(new RegExp(`>\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*<`));
  expect(text).toContain('>Discharge to assess, Northshire</text>');
  expect(text).toContain('>Collaboration</text>');
  await expect(exportButton).toBeFocused();

  const pngFile = await downloaded(page, async () => {
    await exportButton.click();
    await page.getByRole('menuitem', { name: /PNG picture/ }).click();
  });
  expect(pngFile.download.suggestedFilename()).toBe('Discharge to assess, Northshire.png');
  const png = PNG.sync.read(pngFile.bytes);
  const { page: size, map } = mapBoxIn(svg);
  expect(png.width).toBe(size.width * 2);
  expect(png.height).toBe(size.height * 2);

  // Inside the map area: what is drawn has the map's proportions, and is in many colours.
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  const colours = new Set<string>();
  let selectionBlue = 0;
  for (let y = map.y * 2; y < (map.y + map.height) * 2; y++) {
    for (let x = map.x * 2; x < (map.x + map.width) * 2; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      colours.add(`${r >> 4},${g >> 4},${b >> 4}`);
      // The accent blue of a selected agency's border and handles (#0a58ca).
      if (Math.abs(r - 10) + Math.abs(g - 88) + Math.abs(b - 202) < 40) selectionBlue++;
      // Darker than faint shadows and tints: lines, borders, text and sector colours.
      if (Math.min(r, g, b) < 200) [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  expect(colours.size).toBeGreaterThan(8);
  expect(selectionBlue, 'pixels of selection highlight').toBe(0);
  expect(Math.abs((right - left) / (bottom - top) / ratio - 1)).toBeLessThan(0.06);
});

test('a view-only colleague exports the board’s data, which opens as the same board', async ({ page, request }) => {
  const created = await seedBoard(request, board);
  await openBoard(page, created.viewPath);
  await expect(page.getByText('View only')).toBeVisible();

  const json = await downloaded(page, async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: /Whole board \(JSON\)/ }).click();
  });
  const reopened = parseBoardJson(json.bytes.toString('utf8'));
  expect(reopened.agencies.map((a) => a.name).sort()).toEqual([...NAMES].sort());
  expect(reopened.relationships).toHaveLength(board.relationships.length);

  const csv = await downloaded(page, async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: /Agencies \(CSV\)/ }).click();
  });
  expect(csv.download.suggestedFilename()).toBe('Discharge to assess, Northshire - agencies.csv');
  for (const name of NAMES) expect(csv.bytes.toString('utf8')).toContain(name);
});

test('copies the picture to the clipboard where the browser allows it', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const created = await seedBoard(request, board);
  await openBoard(page, created.editPath);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /Copy image/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Image copied' })).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const bytes = new Uint8Array(await (await item!.getType('image/png')).arrayBuffer());
    return Array.from(bytes.slice(16, 24));
  });
  const view = new DataView(Uint8Array.from(copied).buffer);
  // The PNG header's width and height: a real picture, at twice the size of the page.
  expect(view.getUint32(0)).toBeGreaterThan(2000);
  expect(view.getUint32(4)).toBeGreaterThan(500);
});

const BROKEN_BROWSERS = [
  {
    fault: 'cannot decode the picture',
    breakIt: () => {
      HTMLImageElement.prototype.decode = () => Promise.reject(new Error('no decoding here'));
    },
    message: 'The browser could not draw the map as a picture.',
  },
  {
    fault: 'draws nothing on the canvas',
    breakIt: () => {
      CanvasRenderingContext2D.prototype.drawImage = () => undefined;
    },
    message: 'The picture of the map came out empty.',
  },
];

for (const { fault, breakIt, message } of BROKEN_BROWSERS) {
  test(`says plainly when the browser ${fault}, and saves no blank image`, async ({ page, request, consoleGuard }) => {
    // The app logs the fault it explains on screen; this test breaks the browser on purpose.
    consoleGuard.allow(/^Image export failed/);
    await page.addInitScript(breakIt);
    let downloads = 0;
    page.on('download', () => downloads++);
    const created = await seedBoard(request, board);
    await openBoard(page, created.editPath);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: /PNG picture/ }).click();
    await expect(page.getByRole('alert')).toContainText(message);
    expect(downloads).toBe(0);
  });
}

test('offers no picture of an empty board, but still its data', async ({ page, request }) => {
  const created = (await (await request.post('/api/boards', { data: { title: 'Nothing yet' } })).json()) as { editPath: string };
  await page.goto(created.editPath);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', /live|saved/);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menuitem', { name: /PNG picture/ })).toBeDisabled();
  await expect(page.getByRole('menuitem', { name: /PNG picture/ })).toContainText('Add an agency first');
  await expect(page.getByRole('menuitem', { name: /Whole board \(JSON\)/ })).toBeEnabled();
});
