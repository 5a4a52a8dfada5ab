import { expect, test, type Page } from './support/test.ts';
import { addAgency, agencies, agency, expectLive, personNamed } from './support/people.ts';
import { seedBoard } from './seedBoard.ts';

const versionsDialog = (page: Page) => page.getByRole('dialog', { name: 'Versions' });

async function restore(page: Page, version: string) {
  const dialog = versionsDialog(page);
  await dialog.getByRole('button', { name: `Restore ${version}`, exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: `Restore “${version}”?` });
  await expect(confirm).toContainText('nothing is lost');
  await confirm.getByRole('button', { name: 'Restore this version' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog.getByRole('status')).toContainText(`The board is back to “${version}”`);
  // Focus comes back to the button that asked.
  await expect(dialog.getByRole('button', { name: `Restore ${version}`, exact: true })).toBeFocused();
}

test('make a version, edit, compare with now, restore it, and go back through the version kept before the restore', async ({ page, request }, testInfo) => {
  const board = await seedBoard(request);
  await page.goto(board.editPath);
  await expectLive(page);
  await expect(agencies(page)).toHaveCount(5);

  // A named version of the board as it is.
  const opener = page.getByRole('button', { name: 'Versions' });
  await opener.click();
  const dialog = versionsDialog(page);
  await dialog.getByLabel('Name of a new version of the board as it is now').fill('Before the review');
  await dialog.getByRole('button', { name: 'Make version' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Version “Before the review” made.');
  const row = dialog.locator('tr[data-version="Before the review"]');
  await expect(row).toContainText('Test person');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // The team changes the map: a carers centre joins, Age Concern leaves.
  await addAgency(page, 'Carers centre');
  await agency(page, 'Age Concern Northshire').click();
  await page.keyboard.press('Delete');
  await expect(agencies(page)).toHaveCount(5);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'saved');

  // Compare the version with now: the new agency green, the removed one ghosted in red where it was.
  await opener.click();
  await dialog.getByRole('button', { name: 'Compare Before the review with now' }).click();
  const compare = dialog.getByTestId('compare-view');
  const added = compare.locator('[data-agency][data-status="added"]');
  const removed = compare.locator('[data-agency][data-status="removed"]');
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('Carers centre');
  await expect(added).toContainText('+ added');
  await expect(added.locator('rect')).toHaveAttribute('stroke', '#1a7f37');
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText('Age Concern Northshire');
  await expect(removed).toContainText('− removed');
  await expect(removed).toHaveAttribute('opacity', '0.75');
  await expect(removed.locator('rect')).toHaveAttribute('stroke-dasharray', '6 4');
  await expect(removed.locator('rect')).toHaveAttribute('stroke', '#cf222e');
  // Its relationships went with it, drawn removed too.
  await expect(compare.locator('[data-relationship][data-status="removed"]')).toHaveCount(2);
  await expect(compare.locator('li[data-kind="added"]').filter({ hasText: /^\+ Added: Carers centre$/ })).toHaveCount(1);
  await expect(compare.locator('li[data-kind="removed"]').filter({ hasText: /^− Removed: Age Concern Northshire$/ })).toHaveCount(1);
  await expect(compare.locator('tr[data-measure="density"] td').nth(0)).not.toHaveText(await compare.locator('tr[data-measure="density"] td').nth(1).innerText());
  await testInfo.attach('compare', { body: await page.screenshot({ path: testInfo.outputPath('compare.png') }), contentType: 'image/png' });

  // The comparison saves as a picture.
  const download = page.waitForEvent('download');
  await compare.getByRole('button', { name: 'Save picture (PNG)' }).click();
  expect((await download).suggestedFilename()).toMatch(/changes from Before the review to now\.png$/);

  // Restore the version: the map goes back for everyone on it.
  await dialog.getByRole('button', { name: '← All versions' }).click();
  await restore(page, 'Before the review');
  await expect(agency(page, 'Age Concern Northshire')).toBeAttached();
  await expect(agency(page, 'Carers centre')).toHaveCount(0);
  await testInfo.attach('restored', { body: await page.screenshot({ path: testInfo.outputPath('restored.png') }), contentType: 'image/png' });

  // Nothing was lost: the board just before the restore was kept, and restoring it brings the edits back.
  const before = 'Before restoring “Before the review”';
  await expect(dialog.locator(`tr[data-version="${before}"]`)).toContainText('Automatic');
  await restore(page, before);
  await expect(agency(page, 'Carers centre')).toBeAttached();
  await expect(agency(page, 'Age Concern Northshire')).toHaveCount(0);
  await testInfo.attach('list', { body: await page.screenshot({ path: testInfo.outputPath('list.png') }), contentType: 'image/png' });

  // A version no longer wanted is deleted, after a confirm; the board does not change.
  await dialog.getByRole('button', { name: 'Delete Before the review', exact: true }).click();
  const confirmDelete = page.getByRole('alertdialog', { name: 'Delete the version “Before the review”?' });
  await testInfo.attach('delete', { body: await page.screenshot({ path: testInfo.outputPath('delete.png') }), contentType: 'image/png' });
  await confirmDelete.getByRole('button', { name: 'Delete this version' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Version “Before the review” deleted.');
  await expect(dialog.locator('tr[data-version="Before the review"]')).toHaveCount(0);
  await expect(dialog.getByRole('heading', { name: 'Versions' })).toBeFocused();
  await expect(agency(page, 'Carers centre')).toBeAttached();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(opener).toBeFocused();
});

test('a view-only link can open and compare versions but is offered no way to make or restore one', async ({ page, request }) => {
  const board = await seedBoard(request);
  const res = await request.post(`/api/boards/${board.id}/versions`, {
    data: { name: 'Spring review' },
    headers: { Authorization: `Bearer ${board.editToken}`, 'Content-Type': 'application/json' },
  });
  expect(res.status()).toBe(201);
  await page.goto(board.viewPath);
  await expectLive(page);
  await page.getByRole('button', { name: 'Versions' }).click();
  const dialog = versionsDialog(page);
  await expect(dialog.locator('tr[data-version="Spring review"]')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Make version' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /^Restore/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open Spring review' }).click();
  await expect(dialog.locator('[data-agency]')).toHaveCount(5);
  await expect(dialog).toContainText('read-only');
});

test("a relationship's inspector says who changed its degree, by the name they gave", async ({ browser, request }) => {
  const board = await seedBoard(request);
  const sam = await personNamed(browser, 'Sam Patel');
  const ana = await personNamed(browser, 'Ana Silva');
  for (const p of [sam, ana]) {
    await p.goto(board.editPath);
    await expectLive(p);
  }
  const openRelationship = async (p: Page) => {
    await agency(p, 'Adult Social Care').click();
    await p.getByRole('button', { name: 'with Northshire Homes & Housing' }).click();
    return p.getByTestId('relationship-inspector');
  };
  await (await openRelationship(sam)).getByRole('radio', { name: /^Integration/ }).check();
  await expect(sam.getByTestId('connection-status')).toHaveAttribute('data-state', 'saved');
  // Ana, on her own device, reads who did it.
  const inspector = await openRelationship(ana);
  await expect(inspector.getByRole('radio', { name: /^Integration/ })).toBeChecked();
  await expect(inspector.getByTestId('changed-by')).toContainText(/Degree changed to Integration by Sam Patel, \d+ \w+/);
  await ana.screenshot({ path: test.info().outputPath('changed-by.png') });

  // Her open inspector asks the server again when this relationship changes, not at every edit of the board.
  let asked = 0;
  ana.on('request', (r) => {
    if (r.url().includes('/history?')) asked += 1;
  });
  await agency(sam, 'Age Concern Northshire').click();
  const name = sam.getByTestId('agency-inspector').getByLabel('Name');
  for (const renamed of ['Age Concern', 'Age Concern North', 'Age Concern Northshire']) {
    await name.fill(renamed);
    await expect(agency(ana, renamed)).toBeAttached();
  }
  // Longer than the inspector waits for edits to settle before it asks.
  await ana.waitForTimeout(2000);
  expect(asked).toBe(0);
  await (await openRelationship(sam)).getByRole('radio', { name: /^Collaboration/ }).check();
  await expect(inspector.getByTestId('changed-by')).toContainText(/Degree changed to Collaboration by Sam Patel/);
  expect(asked).toBe(1);
});
