import { expect, test } from './support/test.ts';
import type { CreatedBoard } from '@partnermap/shared/protocol';

test('the home page lists boards opened here, newest first, and marks a deleted one', async ({ page, request }) => {
  const make = async (title: string) => (await (await request.post('/api/boards', { data: { title } })).json()) as CreatedBoard;
  const older = await make('Falls prevention');
  const newer = await make('Homelessness and health');

  for (const b of [older, newer]) {
    await page.goto(b.editPath);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live');
  }
  const deleted = await request.delete(`/api/boards/${older.id}`, { headers: { Authorization: `Bearer ${older.editToken}` } });
  expect(deleted.status()).toBe(204);

  await page.goto('/');
  const items = page.getByTestId('recent-board');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Homelessness and health');
  await expect(items.nth(1)).toContainText('Falls prevention');
  await expect(items.nth(1)).toContainText('No longer exists');
  await expect(items.nth(1).getByRole('link')).toHaveCount(0);

  const copies = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(await copies()).toContain(`partnermap-board-${older.id}`);
  await page.getByRole('button', { name: 'Remove Falls prevention from this list' }).click();
  await expect(items).toHaveCount(1);
  // Removing it from the list also removes the board's copy kept in this browser.
  await expect.poll(copies).not.toContain(`partnermap-board-${older.id}`);
  expect(await copies()).toContain(`partnermap-board-${newer.id}`);
  await page.reload();
  await expect(items).toHaveCount(1);

  await items.getByRole('link', { name: 'Homelessness and health' }).click();
  await expect(page).toHaveURL(newer.editPath);
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Homelessness and health');
});

test('a board deleted while open says so plainly, and its copy leaves this browser', async ({ page, request }) => {
  const board = (await (await request.post('/api/boards', { data: { title: 'Winter pressures' } })).json()) as CreatedBoard;
  await page.goto(board.editPath);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live');
  const copies = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  await expect.poll(copies).toContain(`partnermap-board-${board.id}`);

  await request.delete(`/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.editToken}` } });
  await expect(page.getByText('This board no longer exists.')).toBeVisible();
  await expect.poll(copies).not.toContain(`partnermap-board-${board.id}`);
});
