import { expect, test, type Page } from './support/test.ts';
import { boardToJson } from '@partnermap/shared/formats';
import { wideBoard } from './seedBoard.ts';

const chooseFiles = (page: Page) => page.getByLabel('Choose files…');
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Counts the uploads the home page makes, to prove a refused file never reaches the server. */
function countUploads(page: Page): () => number {
  let uploads = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname.startsWith('/api/boards')) uploads++;
  });
  return () => uploads;
}

test('a JSON export starts a new board with every agency, listed among the boards on this device', async ({ page }) => {
  const board = wideBoard('Falls prevention, imported');
  await page.goto('/');
  await chooseFiles(page).setInputFiles({ name: 'falls.json', mimeType: 'application/json', buffer: Buffer.from(boardToJson(board)) });
  // The new board is named first: the file's own title is offered, not its file name.
  const title = page.getByRole('textbox', { name: 'Title of the new board' });
  await expect(title).toHaveValue('Falls prevention, imported');
  await expect(title).toBeFocused();
  await page.getByRole('button', { name: 'Create board' }).last().click();

  await expect(page).toHaveURL(/\/b\/[^/]+#.+/);
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Falls prevention, imported');
  await expect(page.getByTestId('agency-node')).toHaveCount(board.agencies.length);
  for (const a of board.agencies) await expect(page.locator(`[data-agency-name="${a.name}"]`)).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(board.relationships.length);

  await page.goto('/');
  await expect(page.getByTestId('recent-board').filter({ hasText: 'Falls prevention, imported' })).toHaveCount(1);
});

test('the agencies list a team already keeps, with its relationships, starts a board', async ({ page }) => {
  await page.goto('/');
  await chooseFiles(page).setInputFiles([
    csvFile('Northshire - agencies.csv', 'name,SECTOR,description\nRiverside Hospital,Health: acute (NHS),Acute wards\nNorthshire Council,local government,\nCarers Together,Voluntary and community,Carers’ group\n'),
    csvFile('Northshire - relationships.csv', 'From,To,Degree of integration\nRiverside Hospital,Northshire Council,Collaboration\nNorthshire Council,Carers Together,2\n'),
  ]);
  // A CSV has no title of its own: the person gives one before anything is made.
  const title = page.getByRole('textbox', { name: 'Title of the new board' });
  await expect(title).toHaveValue('');
  const naming = page.locator('.import-board__naming');
  await expect(naming).toContainText('3 agencies and 2 relationships ready.');
  await expect(naming.getByRole('button', { name: 'Create board' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('import-naming.png') });
  await title.fill('Carers in Northshire');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Carers in Northshire');
  await expect(page.getByTestId('agency-node')).toHaveCount(3);
  await expect(page.locator('[data-agency-name="Carers Together"]')).toContainText('Voluntary and community');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
});

test('a CSV with mistakes is refused with every row and column named, and no board is made', async ({ page }) => {
  const uploads = countUploads(page);
  await page.goto('/');
  const before = await page.getByTestId('recent-board').count();
  await chooseFiles(page).setInputFiles(
    csvFile('agencies.csv', 'Name,Sector\nRiverside Hospital,Hospital-ish\n,Housing\nCarers Together,Voluntary and community\n'),
  );

  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('Nothing was imported: 2 things to put right first.');
  const problems = refusal.getByTestId('import-problems').getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('agencies file, row 2, column "Sector"');
  await expect(problems.nth(0)).toContainText('Hospital-ish');
  await expect(problems.nth(1)).toContainText('agencies file, row 3, column "Name": is empty');

  await expect(page).toHaveURL('/');
  await page.reload();
  await expect(page.getByTestId('recent-board')).toHaveCount(before);
  expect(uploads()).toBe(0);
});

test('a damaged JSON export is refused, naming the field at fault', async ({ page }) => {
  const uploads = countUploads(page);
  const envelope = JSON.parse(boardToJson(wideBoard())) as { board: { agencies: { name: string; sector: string }[] } };
  envelope.board.agencies[2]!.sector = 'hospital';
  const name = envelope.board.agencies[2]!.name;
  await page.goto('/');
  await chooseFiles(page).setInputFiles({ name: 'board.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope)) });
  await expect(page.getByTestId('import-problems')).toContainText(`Agency 3 (${name}), field "Sector": "hospital" is not a sector; expected one of Health: acute (NHS)`);
  await expect(page).toHaveURL('/');
  expect(uploads()).toBe(0);
});
