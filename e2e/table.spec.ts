import { expect, test, type Page } from './support/test.ts';
import { addAgency, createBoardDoc, destroyBoardDoc, readBoard } from '@partnermap/shared/doc';
import { SECTORS } from '@partnermap/shared/model';
import { agency, expectLive, personNamed } from './support/people.ts';
import { seedBoard } from './seedBoard.ts';

test.use({ viewport: { width: 1440, height: 900 } });

const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
};

async function openTable(page: Page) {
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByTestId('table-view')).toBeVisible();
}

const grid = (page: Page) => page.getByRole('grid');
const row = (page: Page, name: string) => grid(page).getByRole('row').filter({ has: page.getByRole('gridcell', { name, exact: true }) });
const sectorOn = (page: Page, name: string) => agency(page, name).locator('.agency-node__sector');

test("a name and a sector changed in the table appear at once on a colleague's map", async ({ browser, page, request }) => {
  const created = await seedBoard(request);
  const other = await personNamed(browser, 'Ben Okafor');
  await other.goto(created.editPath);
  await page.goto(created.editPath);
  await expectLive(page);
  await expectLive(other);
  await openTable(page);
  await expect(grid(page).getByRole('row')).toHaveCount(6);

  await row(page, 'Adult Social Care').getByRole('gridcell', { name: 'Adult Social Care', exact: true }).dblclick();
  const nameField = page.getByRole('textbox', { name: 'Name of Adult Social Care' });
  await expect(nameField).toBeFocused();
  await nameField.fill('Adult Social Care (North)');
  await page.keyboard.press('Enter');
  await expect(agency(other, 'Adult Social Care (North)')).toBeVisible();

  await row(page, 'Adult Social Care (North)').getByRole('gridcell', { name: 'Social care', exact: true }).dblclick();
  await page.getByRole('combobox', { name: 'Sector of Adult Social Care (North)' }).selectOption({ label: 'Local government' });
  await page.keyboard.press('Enter');
  await expect(sectorOn(other, 'Adult Social Care (North)')).toHaveText('Local government');

  // And the other way: a colleague's rename on the map shows in the open table at once.
  await agency(other, 'Age Concern Northshire').click();
  await other.getByTestId('agency-inspector').getByLabel('Name').fill('Age UK Northshire');
  await expect(grid(page).getByRole('gridcell', { name: 'Age UK Northshire', exact: true })).toBeVisible();
  await shot(page, 'table-after-edit');
});

test('several rows selected get one sector in one change, seen by a colleague and undone in one step', async ({ browser, page, request }) => {
  const created = await seedBoard(request);
  const other = await personNamed(browser, 'Ben Okafor');
  await other.goto(created.editPath);
  await page.goto(created.editPath);
  await expectLive(page);
  await openTable(page);
  const three = ['Riverside Hospital Trust', 'Age Concern Northshire', 'Northshire GP Federation'];
  for (const name of three) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  const bar = page.getByTestId('bulk-bar');
  await expect(bar).toContainText('3 agencies selected');
  await bar.getByLabel('Set').selectOption({ label: 'Sector' });
  await bar.getByLabel('to').selectOption({ label: 'Housing' });
  await shot(page, 'table-bulk-bar');
  await bar.getByRole('button', { name: 'Apply to 3 agencies' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changed 3 agencies' })).toBeVisible();
  for (const name of three) await expect(sectorOn(other, name)).toHaveText('Housing');
  await expect(sectorOn(other, 'Adult Social Care')).toHaveText('Social care');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sectorOn(other, 'Riverside Hospital Trust')).toHaveText('Health: acute (NHS)');
  await expect(sectorOn(other, 'Age Concern Northshire')).toHaveText('Voluntary and community');
  await expect(sectorOn(other, 'Northshire GP Federation')).toHaveText('Health: primary care (NHS)');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('the table is worked with the keyboard alone: sort, move, edit, cancel, select', async ({ page, request }) => {
  const created = await seedBoard(request);
  await page.goto(created.editPath);
  await expectLive(page);
  await openTable(page);
  await page.getByLabel('Filter agencies').focus();
  await page.keyboard.press('Tab'); // the "By column" filters
  await page.keyboard.press('Tab'); // into the grid: one Tab stop
  const selectAll = page.getByRole('checkbox', { name: 'Select all shown agencies' });
  await expect(selectAll).toBeFocused();

  // Sort by name from its header.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid(page).getByRole('row').nth(1)).toContainText('Adult Social Care');

  // Down to the first name, edit, then change one's mind: Escape keeps the name and the focus.
  await page.keyboard.press('ArrowDown');
  const firstName = grid(page).getByRole('row').nth(1).getByRole('gridcell').nth(1);
  await expect(firstName).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of Adult Social Care' })).toBeFocused();
  await page.keyboard.type(' typed by mistake');
  await page.keyboard.press('Escape');
  await expect(firstName).toBeFocused();
  await expect(firstName).toHaveText('Adult Social Care');

  await page.keyboard.press('F2');
  await page.keyboard.type('Adults and Carers');
  await page.keyboard.press('Enter');
  await expect(firstName).toHaveText('Adults and Carers');
  await expect(firstName).toBeFocused();

  // Across to the sector, change it with the arrow keys.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const sector = page.getByRole('combobox', { name: 'Sector of Adults and Carers' });
  await expect(sector).toBeFocused();
  await sector.press('ArrowDown');
  await page.keyboard.press('Enter');
  const sectorCell = grid(page).getByRole('row').nth(1).getByRole('gridcell').nth(2);
  await expect(sectorCell).toHaveText('Housing');
  await expect(sectorCell).toBeFocused();

  // Space selects the row; the bulk bar offers to change it.
  await page.keyboard.press('Space');
  await expect(grid(page).getByRole('row').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('bulk-bar')).toContainText('1 agency selected');
  await shot(page, 'table-keyboard');
});

test('relationships are filtered by degree of integration and edited in place', async ({ page, request }) => {
  const created = await seedBoard(request);
  await page.goto(created.editPath);
  await expectLive(page);
  await openTable(page);
  await page.getByRole('button', { name: /^Relationships/ }).click();
  await expect(grid(page).getByRole('row')).toHaveCount(5);
  await page.getByText('By column').click();
  await page.getByLabel('Degree of integration', { exact: true }).selectOption({ label: 'Integration' });
  await expect(grid(page).getByRole('row')).toHaveCount(2);
  await expect(grid(page).getByRole('row').nth(1)).toContainText('Riverside Hospital Trust');
  await grid(page).getByRole('row').nth(1).getByRole('gridcell', { name: 'Cooperative' }).dblclick();
  await page.getByRole('combobox', { name: 'Kind of partnership of Riverside Hospital Trust and Adult Social Care' }).selectOption('coordinating');
  await page.keyboard.press('Enter');
  await expect(grid(page).getByRole('row').nth(1)).toContainText('Coordinating');
  await page.getByLabel('Degree of integration', { exact: true }).selectOption({ label: 'Any' });
  await expect(grid(page).getByRole('row')).toHaveCount(5);
  await shot(page, 'table-relationships');
  await page.getByLabel('Filter relationships').fill('nothing like this');
  await expect(page.getByText('No relationships match these filters.')).toBeVisible();
  await shot(page, 'table-relationships-empty-filter');
});

test('a view-only link shows the table without any way to edit it', async ({ page, request }) => {
  const created = await seedBoard(request);
  await page.goto(created.viewPath);
  await expectLive(page);
  await openTable(page);
  await expect(grid(page)).toHaveAttribute('aria-readonly', 'true');
  await expect(grid(page).getByRole('checkbox')).toHaveCount(0);
  const name = grid(page).getByRole('gridcell', { name: 'Adult Social Care', exact: true });
  await name.dblclick();
  await name.press('Enter');
  await expect(page.getByRole('textbox', { name: /^Name of/ })).toHaveCount(0);
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
});

test('a board of 2,000 agencies keeps only the rows in view on the page and reaches the last by keyboard', async ({ page, request }) => {
  const doc = createBoardDoc({ title: 'County-wide directory' });
  for (let i = 0; i < 2000; i++) {
    addAgency(doc, { name: `Agency ${String(i).padStart(4, '0')}`, sector: SECTORS[i % SECTORS.length], position: { x: (i % 50) * 260, y: Math.floor(i / 50) * 160 } });
  }
  const { board } = readBoard(doc);
  destroyBoardDoc(doc);
  const created = await seedBoard(request, board);
  test.setTimeout(180_000);
  // The board opens on the table, as it does for someone who left it there: the map of 2,000
  // agencies is not drawn first (that is the map's own concern, not the table's).
  const boardPath = new URL(created.editPath, 'http://x').pathname;
  await page.addInitScript((key) => localStorage.setItem('partnermap.view', JSON.stringify({ [key]: 'table' })), boardPath);
  await page.goto(created.editPath);
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2001', { timeout: 60_000 });
  expect(await page.getByTestId('table-row').count()).toBeLessThan(80);
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  await page.getByRole('button', { name: 'Name', exact: true }).press('ArrowDown');
  await page.keyboard.press('Control+End');
  await expect(page.getByRole('gridcell', { name: 'Agency 1999', exact: true })).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('aria-colindex', '7');
  await shot(page, 'table-2000');
});
