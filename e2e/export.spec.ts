import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from './support/test.ts';
import { PNG } from 'pngjs';
import { parseBoardJson } from '@partnermap/shared/formats';
import { seedBoard, wideBoard } from './seedBoard.ts';

const board = wideBoard();
const TITLE = board.meta.title;
const NAMES = board.agencies.map((a) => a.name);

async function openBoard(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('agency-node')).toHaveCount(NAMES.length);
}

/** The download's bytes, also kept with the test's results (and attached), for a person to look at. */
async function downloaded(page: Page, choose: () => Promise<void>): Promise<{ download: Download; bytes: Buffer; file: string }> {
  const waiting = page.waitForEvent('download');
  await choose();
  const download = await waiting;
  const bytes = await readFile((await download.path())!);
  const file = test.info().outputPath(download.suggestedFilename());
  await writeFile(file, bytes);
  await test.info().attach(download.suggestedFilename(), { path: file });
  return { download, bytes, file };
}

/**
 * A page's size in pixels at `scale` (1 is 96 dpi), as shared/src/render/pages.ts computes it;
 * written out because that module's entry also loads the analysis, which Playwright's loader cannot.
 */
function pixelSize(widthMm: number, heightMm: number, scale: number) {
  const width = Math.round((widthMm / 25.4) * 96 * scale);
  return { width, height: Math.round((width * heightMm) / widthMm) };
}

const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+));/g, (_, name: string, code?: string) =>
    code ? String.fromCharCode(Number(code)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );

/** What each `<text>` element says, its lines (tspans) joined by spaces. */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    unescapeXml(m[1]!.replace(/<\/tspan>\s*<tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, '')).trim(),
  );
}

test('draws the map from the board’s data on the chosen page: SVG by keyboard, then PNG at print size, not blank', async ({ page, request }) => {
  const created = await seedBoard(request, board);
  await openBoard(page, created.editPath);

  // The page, then the SVG, by keyboard only.
  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: /A4 landscape/ })).toBeFocused();
  await expect(page.getByRole('menuitemradio', { name: /A4 landscape/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('Shows: The whole board, on A4 landscape.')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: /A4 portrait/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('Shows: The whole board, on A4 portrait.')).toBeVisible();
  const svgFile = await downloaded(page, async () => {
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: /SVG drawing/ })).toBeFocused();
    await page.keyboard.press('Enter');
  });
  await expect(exportButton).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'SVG saved' })).toBeVisible();
  expect(svgFile.download.suggestedFilename()).toBe(`${TITLE} map a4-portrait.svg`);
  const svg = svgFile.bytes.toString('utf8');
  expect(svg).not.toContain('foreignObject');
  expect(svg).toMatch(/^<svg [^>]*width="210mm" height="297mm"/);
  const texts = textsOf(svg);
  for (const name of NAMES) expect(texts, `${name} as <text> in the SVG`).toContain(name);
  expect(texts).toContain(TITLE);
  expect(texts.some((t) => t.includes('Collaboration'))).toBe(true);

  const pngFile = await downloaded(page, async () => {
    await exportButton.click();
    await page.getByRole('menuitem', { name: /PNG picture/ }).click();
  });
  expect(pngFile.download.suggestedFilename()).toBe(`${TITLE} map a4-portrait.png`);
  const png = PNG.sync.read(pngFile.bytes);
  // 288 dpi, as the server's map.png?scale=3.
  expect({ width: png.width, height: png.height }).toEqual(pixelSize(210, 297, 3));
  const colours = new Set<string>();
  let inked = 0;
  for (let i = 0; i < png.data.length; i += 4 * 5) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    colours.add(`${r >> 4},${g >> 4},${b >> 4}`);
    if (Math.min(r, g, b) < 200) inked++;
  }
  expect(colours.size, 'colours in the picture').toBeGreaterThan(8);
  expect(inked, 'pixels of lines, cards and text').toBeGreaterThan(10_000);

  // The page chosen is remembered on this device.
  await page.reload();
  await openBoard(page, created.editPath);
  await exportButton.click();
  await expect(page.getByRole('menuitemradio', { name: /A4 portrait/ })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(exportButton).toBeFocused();
});

test('a view-only colleague downloads the partnership report as PDF, and is told plainly that it needs the server', async ({ page, request }) => {
  const created = await seedBoard(request, board);
  await openBoard(page, created.viewPath);
  await expect(page.getByText('View only')).toBeVisible();

  const pdf = await downloaded(page, async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: /Partnership report \(PDF\)/ }).click();
  });
  expect(pdf.download.suggestedFilename()).toBe(`${TITLE} report.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(TITLE);
  for (const name of NAMES) expect(text, `${name} in the report`).toContain(name);

  await page.context().setOffline(true);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /Partnership report \(PDF\)/ }).click();
  await expect(page.getByRole('alert')).toContainText('The PDF report is made by the server, which this browser cannot reach just now.');
  expect(downloads).toBe(0);
  await page.context().setOffline(false);
});

test('a view-only colleague exports the board’s data, which opens as the same board', async ({ page, request }) => {
  const created = await seedBoard(request, board);
  await openBoard(page, created.viewPath);

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
  expect(csv.download.suggestedFilename()).toBe(`${TITLE} - agencies.csv`);
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
  // The PNG header's width and height: the page chosen (A4 landscape) at 192 dpi.
  expect({ width: view.getUint32(0), height: view.getUint32(4) }).toEqual(pixelSize(297, 210, 2));
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
  test(`says plainly when the browser ${fault}, and saves no blank image`, async ({ page, request }) => {
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

test('offers no picture of an empty board, but still its report and data', async ({ page, request }) => {
  const created = (await (await request.post('/api/boards', { data: { title: 'Nothing yet' } })).json()) as { editPath: string };
  await page.goto(created.editPath);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', /live|saved/);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menuitem', { name: /PNG picture/ })).toBeDisabled();
  await expect(page.getByRole('menuitem', { name: /PNG picture/ })).toContainText('Add an agency first');
  await expect(page.getByRole('menuitem', { name: /Partnership report \(PDF\)/ })).toBeEnabled();
  await expect(page.getByRole('menuitem', { name: /Whole board \(JSON\)/ })).toBeEnabled();
});
