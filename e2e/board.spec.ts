import { expect, test, type Page } from './support/test.ts';
import { agencies, agency, connect, expectLive, shareLinks } from './support/people.ts';
import { viewMiddle } from './support/view.ts';

const HOSPITAL = 'Northshire Hospitals NHS Trust';
const COUNCIL = 'Northshire Council adult social care';
const COUNCIL_RENAMED = 'Northshire Adult Social Care';

const relationships = (page: Page) => page.locator('.react-flow__edge');

/** Where an agency sits on the board (React Flow's node transform), as a person's peers see it. */
async function flowPosition(page: Page, name: string) {
  const node = page.locator('.react-flow__node', { has: agency(page, name) });
  return node.evaluate((el) => (el as HTMLElement).style.transform);
}

async function addExchange(page: Page, giver: string, currency: string, what: string) {
  const form = page.getByRole('form', { name: 'Add an exchange' });
  await form.getByLabel('Who gives').selectOption({ label: giver });
  await form.getByLabel('Currency').selectOption({ label: currency });
  await form.getByLabel('What, exactly').fill(what);
  await form.getByRole('button', { name: 'Add exchange' }).click();
}

/** Everything A mapped, as seen on a page: two agencies, one collaboration, an exchange each way. */
async function expectMappedBoard(page: Page, councilName: string) {
  await expect(agencies(page)).toHaveCount(2);
  await expect(agency(page, HOSPITAL)).toContainText('Health: acute (NHS)');
  await expect(agency(page, councilName)).toContainText('Social care');
  await expect(relationships(page)).toHaveCount(1);
  // A screen reader hears the degree and each exchange with its direction.
  await expect(page.locator('[aria-label^="Relationship between"]')).toHaveAttribute(
    'aria-label',
    `Relationship between ${HOSPITAL} and ${councilName}: Collaboration. ` +
      `${HOSPITAL} gives ${councilName} information and data. ${councilName} gives ${HOSPITAL} staff time.`,
  );
  await expect(page.getByTestId('flow-forward')).toContainText('Information');
  await expect(page.getByTestId('flow-backward')).toContainText('Staff time');
  await agency(page, HOSPITAL).click();
  await page.getByRole('button', { name: `with ${councilName}` }).click();
  const inspector = page.getByTestId('relationship-inspector');
  await expect(inspector.getByRole('radio', { name: /^Collaboration/ })).toBeChecked();
  await expect(inspector.getByTestId('exchange')).toHaveText([
    `${HOSPITAL} gives ${councilName} information and data: discharge summaries within 24 hours×`,
    `${councilName} gives ${HOSPITAL} staff time: a social worker on the ward each morning×`,
  ]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('board-inspector')).toBeVisible();
}

test('two people map a partnership together on one board', async ({ browser }, testInfo) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();

  // A creates a board.
  await a.goto('/');
  await a.getByLabel('Board title').fill('Hospital discharge in Northshire');
  await a.getByLabel("The partnership's goal").fill('Older people leave hospital as soon as they are well, to a safe home');
  await a.getByRole('button', { name: 'Create board' }).click();
  await expect(a).toHaveURL(/\/b\/[^/#]+#.+/);
  await expectLive(a);
  await expect(a.getByTestId('empty-guide')).toBeVisible();

  // A adds two agencies (toolbar, then double-click on empty canvas) and names them: the name field takes focus.
  await a.getByRole('button', { name: 'Add agency' }).click();
  await expect(a.getByTestId('agency-inspector').getByLabel('Name')).toBeFocused();
  await a.keyboard.type(HOSPITAL);
  await a.getByTestId('agency-inspector').getByLabel('Sector').selectOption({ label: 'Health: acute (NHS)' });
  const pane = await a.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await a.mouse.dblclick(pane.x + 160, pane.y + 190);
  await expect(a.getByTestId('agency-inspector').getByLabel('Name')).toBeFocused();
  await a.keyboard.type(COUNCIL);
  await a.getByTestId('agency-inspector').getByLabel('Sector').selectOption({ label: 'Social care' });
  await expect(agencies(a)).toHaveCount(2);

  // A connects them: a relationship at "communication", opened in the inspector.
  await connect(a, HOSPITAL, COUNCIL);
  await expect(relationships(a)).toHaveCount(1);
  const inspector = a.getByTestId('relationship-inspector');
  await expect(inspector.getByRole('radio', { name: /^Communication/ })).toBeChecked();
  await inspector.getByRole('radio', { name: /^Collaboration/ }).check();
  await addExchange(a, `${HOSPITAL} gives ${COUNCIL}`, 'Information and data', 'discharge summaries within 24 hours');
  await expect(a.getByTestId('flow-forward')).toContainText('one-way');
  await addExchange(a, `${COUNCIL} gives ${HOSPITAL}`, 'Staff time', 'a social worker on the ward each morning');
  await expect(a.getByTestId('flow-backward')).toContainText('Staff time');
  await expect(a.getByTestId('flow-forward')).not.toContainText('one-way');

  // B opens the same link and sees all of it.
  await b.goto(a.url());
  await expectLive(b);
  await expect(b.getByRole('textbox', { name: 'Board title' })).toHaveValue('Hospital discharge in Northshire');
  await expectMappedBoard(b, COUNCIL);

  // A drags an agency; B sees it move to where A dropped it.
  const before = await flowPosition(b, HOSPITAL);
  const box = await agency(a, HOSPITAL).boundingBox();
  if (!box) throw new Error('agency not on screen');
  await a.mouse.move(box.x + 60, box.y + 12);
  await a.mouse.down();
  await a.mouse.move(box.x + 160, box.y + 132, { steps: 15 });
  await a.mouse.up();
  await expect.poll(() => flowPosition(b, HOSPITAL)).toEqual(await flowPosition(a, HOSPITAL));
  expect(await flowPosition(b, HOSPITAL)).not.toEqual(before);

  // B renames an agency; A sees the new name.
  await agency(b, COUNCIL).click();
  await b.getByTestId('agency-inspector').getByLabel('Name').fill(COUNCIL_RENAMED);
  await expect(agency(a, COUNCIL_RENAMED)).toBeVisible();

  // A reload keeps everything.
  await a.reload();
  await expectLive(a);
  await expectMappedBoard(a, COUNCIL_RENAMED);

  await agency(a, HOSPITAL).click();
  await a.getByRole('button', { name: `with ${COUNCIL_RENAMED}` }).click();
  const screenshot = await a.screenshot({ path: testInfo.outputPath('finished-board.png') });
  await testInfo.attach('finished-board', { body: screenshot, contentType: 'image/png' });

  // Removing an agency removes its relationship, for both.
  await agency(a, HOSPITAL).click();
  await a.keyboard.press('Delete');
  for (const page of [a, b]) {
    await expect(agencies(page)).toHaveCount(1);
    await expect(agency(page, COUNCIL_RENAMED)).toBeVisible();
    await expect(relationships(page)).toHaveCount(0);
  }
});

test('the first agency on a new board appears where it was placed: the view does not jump to it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Board title').fill('Falls prevention in Westshire');
  await page.getByRole('button', { name: 'Create board' }).click();
  await expectLive(page);
  await expect(page.getByTestId('empty-guide')).toBeVisible();
  const before = await viewMiddle(page);

  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await page.mouse.dblclick(pane.x + 560, pane.y + 560);
  await page.keyboard.type('Westshire Falls Service');
  const card = page.locator('.react-flow__node', { has: agency(page, 'Westshire Falls Service') });
  await expect(card).toBeVisible();
  const placed = await card.boundingBox();
  // Long enough for a fit's glide to have started and ended.
  await page.waitForTimeout(600);
  expect(await viewMiddle(page)).toEqual(before);
  expect(await card.boundingBox()).toEqual(placed);
  // Under the pointer that placed it.
  const under = placed && placed.x < pane.x + 560 && pane.x + 560 < placed.x + placed.width && placed.y < pane.y + 560 && pane.y + 560 < placed.y + placed.height;
  expect(under).toBe(true);

  // A reload of a board with agencies still fits them in view: the view moves to frame the card.
  await page.reload();
  await expectLive(page);
  await expect(card).toBeInViewport();
  await expect.poll(async () => {
    const fitted = await viewMiddle(page);
    return Math.hypot(fitted.x - before.x, fitted.y - before.y);
  }).toBeGreaterThan(50);
});

test('on a board that came in empty, a colleague\'s first agency far out of view is brought into view', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await a.goto('/');
  await a.getByLabel('Board title').fill('Housing first in Eastvale');
  await a.getByRole('button', { name: 'Create board' }).click();
  await expectLive(a);
  const { edit } = await shareLinks(a);
  await b.goto(edit);
  await expectLive(b);

  // B pans far away from where both pages opened, then adds an agency in the middle of that view.
  const pane = await b.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  for (let i = 0; i < 3; i++) {
    await b.mouse.move(pane.x + 900, pane.y + 700);
    await b.mouse.down();
    await b.mouse.move(pane.x + 300, pane.y + 250, { steps: 8 });
    await b.mouse.up();
  }
  await b.getByRole('button', { name: 'Add agency' }).click();
  await b.keyboard.type('Eastvale Housing First');
  await b.keyboard.press('Escape');

  await expect(agency(a, 'Eastvale Housing First')).toBeInViewport();
});
