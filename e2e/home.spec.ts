import { expect, test } from './support/test.ts';
import type { CreatedBoard } from '@partnermap/shared/protocol';

test('the home page lists boards opened here, newest first, and marks a deleted one', async ({ page, request }) => {
  const make = async (title: string) => (await (await request.post('/api/boards', { data: { title } })).json()) as CreatedBoard;
  const older = await make('Falls prevention');
  const newer = await make('Homelessness and health');

  const copies = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  for (const b of [older, newer]) {
    await page.goto(b.editPath);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live');
    // The browser's copy is made as the board opens; on a busy machine it can lag the connection.
    await expect.poll(copies).toContain(`partnermap-board-${b.id}`);
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

test('two boards with the same title are told apart, and one is deleted from home after a confirmation', async ({ browser, page, request }) => {
  const make = async (goal: string) =>
    (await (await request.post('/api/boards', { data: { title: 'Hospital discharge', goal } })).json()) as CreatedBoard;
  const north = await make('Older people home the day they are well');
  const south = await make('No one discharged to the street');
  const viewOnly = (await (await request.post('/api/boards', { data: { title: 'Shared with us' } })).json()) as CreatedBoard;
  for (const path of [north.editPath, south.editPath, viewOnly.viewPath]) {
    await page.goto(path);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live');
  }
  // A view-only link can never delete a board.
  const refused = await request.delete(`/api/boards/${viewOnly.id}`, { headers: { Authorization: `Bearer ${viewOnly.viewToken}` } });
  expect(refused.status()).toBe(403);

  await page.goto('/');
  const items = page.getByTestId('recent-board');
  await expect(items).toHaveCount(3);
  const northItem = items.filter({ hasText: 'Older people home the day they are well' });
  const southItem = items.filter({ hasText: 'No one discharged to the street' });
  await expect(northItem).toContainText('0 agencies');
  await expect(northItem).toContainText(/opened \d+ \w{3} \d{4}, \d\d:\d\d/);
  await expect(northItem).toContainText(/made \d+ \w{3} \d{4}/);
  await expect(southItem).toContainText(/made \d+ \w{3} \d{4}/);
  const sharedItem = items.filter({ hasText: 'Shared with us' });
  await expect(sharedItem).toContainText('view only');
  await expect(sharedItem).not.toContainText('made');
  await expect(sharedItem.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('home-list.png') });

  // Someone is on the south board while it is deleted.
  const colleague = await browser.newPage();
  await colleague.goto(south.editPath);
  await expect(colleague.getByTestId('connection-status')).toHaveAttribute('data-state', /live|saved/);

  const deleteButton = southItem.getByRole('button', { name: 'Delete Hospital discharge…' });
  await deleteButton.click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete “Hospital discharge”?' });
  await expect(dialog).toContainText('No one discharged to the street');
  await expect(dialog.getByRole('button', { name: 'Keep the board' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('home-delete-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await deleteButton.click();
  await dialog.getByRole('button', { name: 'Delete for everyone' }).click();
  await expect(items).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: '“Hospital discharge” was deleted.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Boards opened on this device' })).toBeFocused();
  await expect(colleague.getByText('This board no longer exists.')).toBeVisible();
  const info = await request.get(`/api/boards/${south.id}`, { headers: { Authorization: `Bearer ${south.editToken}` } });
  expect(info.status()).toBe(404);
  await expect(items.filter({ hasText: 'Older people home the day they are well' })).toHaveCount(1);
});
