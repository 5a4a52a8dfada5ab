import { seedBoard, wideBoard } from './seedBoard.ts';
import { browserCopyHolds } from './support/browserCopy.ts';
import { oddEntriesUpdate, sendUpdate } from './support/rawClient.ts';
import { expect, test } from './support/test.ts';

const board = wideBoard('Odd entries, Northshire');

test('a board holding entries of the wrong shape still opens, and says plainly which were set aside', async ({ page, request, baseURL }) => {
  const created = await seedBoard(request, board);
  await sendUpdate(baseURL!, created.id, created.editToken, oddEntriesUpdate());

  await page.goto(created.editPath);
  await expect(page.getByTestId('agency-node')).toHaveCount(board.agencies.length);
  await expect(page.locator('.react-flow__edge')).toHaveCount(board.relationships.length);
  const notice = page.getByTestId('problems-notice');
  await expect(notice).toContainText('2 entries on this board could not be read and are set aside.');
  await notice.getByText('Which, and why').click();
  await expect(notice.getByRole('listitem')).toHaveText([
    'Agency odd-agency: name: expected text, found a number; sector: “helth” is not one of the choices',
    'Relationship odd-relationship: integration: 7 is not one of the choices; ' +
      'missing: kind, formality, direction, level',
  ]);
  const shot = await page.screenshot({ path: test.info().outputPath('problems-notice.png') });
  await test.info().attach('problems-notice', { body: shot, contentType: 'image/png' });

  // The rest of the board works as usual, and its exports leave the odd entries out.
  await page.getByTestId('agency-node').filter({ hasText: 'Northshire GP Federation' }).click();
  await expect(page.getByTestId('agency-inspector').getByLabel('Name')).toHaveValue('Northshire GP Federation');
  const exported = await request.get(`/api/boards/${created.id}/export.json?token=${created.viewToken}`);
  expect(exported.status()).toBe(200);
  expect(((await exported.json()) as { board: { agencies: unknown[] } }).board.agencies).toHaveLength(board.agencies.length);
  await expect.poll(() => browserCopyHolds(page, created.id, 'Riverside Hospital Trust')).toBe(true);
});

test('a fault while drawing the board is explained in plain words, and the browser’s copy is kept', async ({ page, request, consoleGuard }) => {
  const created = await seedBoard(request, board);
  await page.goto(created.editPath);
  await expect(page.getByTestId('agency-node')).toHaveCount(board.agencies.length);
  await expect.poll(() => browserCopyHolds(page, created.id, 'Riverside Hospital Trust')).toBe(true);

  // A browser that lacks something the canvas needs: React reports the fault to the console
  // (expected here, as this test provokes it) and the page must say what happened.
  consoleGuard.allow(/Simulated fault/);
  await page.addInitScript(() => {
    window.ResizeObserver = class {
      constructor() {
        throw new Error('Simulated fault: no ResizeObserver in this browser');
      }
    } as unknown as typeof ResizeObserver;
  });
  await page.reload();
  const alert = page.getByTestId('board-error');
  await expect(alert.getByRole('heading')).toHaveText('Something went wrong showing this board');
  await expect(alert).toContainText('Nothing has been deleted');
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await alert.getByText('What went wrong').click();
  await expect(alert).toContainText('Simulated fault: no ResizeObserver in this browser');
  const shot = await page.screenshot({ path: test.info().outputPath('error-boundary.png') });
  await test.info().attach('error-boundary', { body: shot, contentType: 'image/png' });
  expect(await browserCopyHolds(page, created.id, 'Riverside Hospital Trust')).toBe(true);
});
