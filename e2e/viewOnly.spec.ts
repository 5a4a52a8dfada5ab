import { readFile } from 'node:fs/promises';
import { parseBoardJson } from '@partnermap/shared/formats';
import { seedBoard, wideBoard } from './seedBoard.ts';
import { addToBrowserCopy, browserCopyHolds } from './support/browserCopy.ts';
import { agencies, agency, expectLive, personNamed } from './support/people.ts';
import { strayAgencyUpdate } from './support/rawClient.ts';
import { expect, test, type Page } from './support/test.ts';

const board = wideBoard('Home First, Northshire');

/** Records every state the top bar's status takes, from the first paint on, so a brief "saved" is caught too. */
async function recordStatuses(page: Page) {
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { statusesSeen: Set<string> }).statusesSeen = seen;
    new MutationObserver(() => {
      const status = document.querySelector('[data-testid="connection-status"]');
      if (status) seen.add(`${status.getAttribute('data-state')}: ${status.textContent}`);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const statusesSeen = (page: Page) => page.evaluate(() => [...(window as unknown as { statusesSeen: Set<string> }).statusesSeen]);

async function exportJson(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /Whole board \(JSON\)/ }).click();
  return parseBoardJson(await readFile((await (await download).path())!, 'utf8'));
}

/** Drags from the middle of one agency's right edge onto another agency, as someone starting a relationship would. */
async function dragEdgeToEdge(page: Page, from: string, to: string) {
  const start = await agency(page, from).boundingBox();
  const end = await agency(page, to).boundingBox();
  if (!start || !end) throw new Error('agencies not on screen');
  await agency(page, from).hover();
  await page.mouse.move(start.x + start.width - 1, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + 4, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Where one agency sits relative to another on screen: unchanged by panning, changed by moving either. */
async function offsetBetween(page: Page, a: string, b: string) {
  const [boxA, boxB] = [await agency(page, a).boundingBox(), await agency(page, b).boundingBox()];
  if (!boxA || !boxB) throw new Error('agencies not on screen');
  return { x: Math.round(boxB.x - boxA.x), y: Math.round(boxB.y - boxA.y) };
}

test('a view link changes nothing, even locally: no handles, no drags that edit, exports equal the editor’s, never "saved"', async ({
  browser,
  request,
}) => {
  const created = await seedBoard(request, board);
  const editor = await personNamed(browser, 'Amira Khan');
  await editor.goto(created.editPath);
  await expectLive(editor);
  const viewer = await personNamed(browser, 'Vic Lowe', '#9467bd');
  await recordStatuses(viewer);
  await viewer.goto(created.viewPath);
  await expectLive(viewer);
  await expect(agencies(viewer)).toHaveCount(board.agencies.length);
  const edges = viewer.locator('.react-flow__edge');
  await expect(edges).toHaveCount(board.relationships.length);

  // The two far ends of the wide board are not connected; bring them close enough to try.
  await viewer.getByRole('button', { name: 'Fit View' }).click();
  await agency(viewer, 'Riverside Hospital Trust').hover();
  await expect(agency(viewer, 'Riverside Hospital Trust').getByTestId('handle-right')).toBeHidden();
  await dragEdgeToEdge(viewer, 'Riverside Hospital Trust', 'Northshire Homes & Housing');
  await expect(edges).toHaveCount(board.relationships.length);
  await expect(viewer.getByTestId('relationship-inspector')).toHaveCount(0);

  // Dragging an agency pans the view rather than moving it; Delete does not delete it.
  const before = await offsetBetween(viewer, 'Riverside Hospital Trust', 'Adult Social Care');
  const box = await agency(viewer, 'Adult Social Care').boundingBox();
  await agency(viewer, 'Adult Social Care').click();
  await viewer.mouse.down();
  await viewer.mouse.move(box!.x + 200, box!.y + 150, { steps: 8 });
  await viewer.mouse.up();
  await viewer.keyboard.press('Delete');
  expect(await offsetBetween(viewer, 'Riverside Hospital Trust', 'Adult Social Care')).toEqual(before);
  // The map draws only what is in view: bring the whole board back before counting.
  await viewer.getByRole('button', { name: 'Fit View' }).click();
  await expect(agencies(viewer)).toHaveCount(board.agencies.length);

  const shot = await viewer.screenshot({ path: test.info().outputPath('view-only-top-bar.png') });
  await test.info().attach('view-only-top-bar', { body: shot, contentType: 'image/png' });

  // What the viewer exports is what the editor exports, before and after a reload (the browser's copy).
  const fromEditor = await exportJson(editor);
  expect(await exportJson(viewer)).toEqual(fromEditor);
  await viewer.reload();
  await expectLive(viewer);
  await expect(edges).toHaveCount(board.relationships.length);
  expect(await exportJson(viewer)).toEqual(fromEditor);

  await expect(viewer.getByTestId('connection-status')).toHaveText('Live');
  expect((await statusesSeen(viewer)).filter((s) => /sav/i.test(s))).toEqual([]);
});

test('a view-only browser copy holding an edit the server never took is discarded and the board reloaded from the server', async ({
  browser,
  request,
}) => {
  const created = await seedBoard(request, board);
  const viewer = await personNamed(browser, 'Vic Lowe', '#9467bd');
  await viewer.goto(created.viewPath);
  await expectLive(viewer);
  await expect.poll(() => browserCopyHolds(viewer, created.id, 'Riverside Hospital Trust')).toBe(true);

  // As an earlier version let a view link make: an agency in this browser only.
  await addToBrowserCopy(viewer, created.id, strayAgencyUpdate('Made on a view link'));
  await viewer.reload();
  await expect(viewer.getByTestId('copy-replaced')).toContainText('discarded');
  await expectLive(viewer);
  await expect(agencies(viewer)).toHaveCount(board.agencies.length);
  await expect(agency(viewer, 'Made on a view link')).toHaveCount(0);
  await expect.poll(() => browserCopyHolds(viewer, created.id, 'Riverside Hospital Trust')).toBe(true);
  expect(await browserCopyHolds(viewer, created.id, 'Made on a view link')).toBe(false);
});
