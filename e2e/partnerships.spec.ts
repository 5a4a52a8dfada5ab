import { expect, test } from './support/test.ts';
import { addAgency, connectAgencies, createBoardDoc, destroyBoardDoc, readBoard } from '@partnermap/shared/doc';
import { seedBoard } from './seedBoard.ts';
import { agency, expectLive, personNamed } from './support/people.ts';

/** Three agencies in a row, the first two connected, none in a partnership yet. */
function threeAgencies() {
  const doc = createBoardDoc({ title: 'Falls prevention' });
  const gp = addAgency(doc, { name: 'Riverside Surgery', sector: 'nhs-primary-care', position: { x: 0, y: 0 } });
  const council = addAgency(doc, { name: 'Falls service', sector: 'social-care', position: { x: 400, y: 0 } });
  addAgency(doc, { name: 'Riverside Housing', sector: 'housing', position: { x: 800, y: 0 } });
  connectAgencies(doc, gp, council, { integration: 2 });
  const { board } = readBoard(doc);
  destroyBoardDoc(doc);
  return board;
}

test('selected agencies form a partnership, drawn as an outline that follows its members, for everyone', async ({ browser, request }) => {
  const created = await seedBoard(request, threeAgencies());
  const a = await personNamed(browser, 'Amira Khan');
  const b = await personNamed(browser, 'Ben Ortiz');
  await a.goto(created.editPath);
  await b.goto(created.editPath);
  await expectLive(a);
  await expectLive(b);

  await agency(a, 'Riverside Surgery').click();
  await agency(a, 'Falls service').click({ modifiers: ['Shift'] });
  const form = a.getByTestId('selection-inspector');
  await form.getByLabel('Partnership name').fill('Falls pathway group');
  await form.getByRole('radio', { name: /^Separate organisation/ }).check();
  await form.getByRole('button', { name: 'Form partnership' }).click();
  await expect(a.getByTestId('partnership-inspector').getByLabel('Name', { exact: true })).toHaveValue('Falls pathway group');

  for (const page of [a, b]) {
    const outline = page.getByTestId('partnership-outline');
    await expect(outline).toHaveCount(1);
    await expect(outline).toContainText('Falls pathway group');
    await expect(outline).toContainText('Separate organisation');
  }

  // B moves a member far down; the outline around it grows on both screens.
  const outlineB = b.getByTestId('partnership-outline');
  const before = await outlineB.boundingBox();
  const node = await agency(b, 'Falls service').boundingBox();
  if (!before || !node) throw new Error('not on screen');
  await b.mouse.move(node.x + node.width / 2, node.y + 10);
  await b.mouse.down();
  await b.mouse.move(node.x + node.width / 2, node.y + 200, { steps: 10 });
  await b.mouse.up();
  await expect.poll(async () => (await outlineB.boundingBox())?.height ?? 0).toBeGreaterThan(before.height + 100);
  const outlineA = a.getByTestId('partnership-outline');
  await expect.poll(async () => (await outlineA.boundingBox())?.height ?? 0).toBeGreaterThan(before.height + 50);
});

test('filters dim everything but the chosen sectors, and clear again', async ({ browser, request }) => {
  const created = await seedBoard(request, threeAgencies());
  const page = await personNamed(browser, 'Amira Khan');
  await page.goto(created.editPath);
  await expectLive(page);
  const dimmed = page.locator('[data-testid="agency-node"].is-dimmed');
  await expect(dimmed).toHaveCount(0);

  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('group', { name: 'Sectors' }).getByRole('button', { name: 'Housing' }).click();
  await expect(dimmed).toHaveCount(2);
  await expect(agency(page, 'Riverside Housing')).not.toHaveClass(/is-dimmed/);
  await expect(page.locator('.relationship-edge.is-dimmed')).toHaveCount(1);

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(dimmed).toHaveCount(0);
});
