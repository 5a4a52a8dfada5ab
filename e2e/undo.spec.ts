import { expect, test, type Page } from './support/test.ts';
import { addAgency, agencies, agency, createBoard, expectLive, personNamed } from './support/people.ts';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const nodeTransform = (page: Page, name: string) =>
  page.locator('.react-flow__node', { has: agency(page, name) }).evaluate((el) => (el as HTMLElement).style.transform);

test("undo takes back only this person's own changes, never a colleague's", async ({ browser }) => {
  const a = await personNamed(browser, 'Amira Khan');
  const b = await personNamed(browser, 'Ben Okafor');
  await createBoard(a, 'Hospital discharge');
  await expectLive(a);
  await b.goto(a.url());
  await expectLive(b);

  // A adds an agency, then B adds one after it.
  await addAgency(a, 'Northshire Hospitals NHS Trust');
  await expect(agency(b, 'Northshire Hospitals NHS Trust')).toBeVisible();
  await addAgency(b, 'Northshire Council adult social care');
  await expect(agency(a, 'Northshire Council adult social care')).toBeVisible();

  // A drags the hospital; one undo puts it back exactly where it was.
  const before = await nodeTransform(a, 'Northshire Hospitals NHS Trust');
  const box = await agency(a, 'Northshire Hospitals NHS Trust').boundingBox();
  if (!box) throw new Error('agency not on screen');
  await a.mouse.move(box.x + 60, box.y + 12);
  await a.mouse.down();
  await a.mouse.move(box.x + 160, box.y + 200, { steps: 10 });
  await a.mouse.move(box.x + 260, box.y + 240, { steps: 10 });
  await a.mouse.up();
  await expect.poll(() => nodeTransform(b, 'Northshire Hospitals NHS Trust')).not.toBe(before);
  await a.keyboard.press(`${mod}+z`);
  await expect.poll(() => nodeTransform(a, 'Northshire Hospitals NHS Trust')).toBe(before);
  await expect.poll(() => nodeTransform(b, 'Northshire Hospitals NHS Trust')).toBe(before);
  await expect(agencies(a)).toHaveCount(2);

  // A undoes everything A did: A's agency goes, B's stays, for both.
  const undoButton = a.getByRole('button', { name: 'Undo' });
  while (await undoButton.isEnabled()) await a.keyboard.press(`${mod}+z`);
  for (const page of [a, b]) {
    await expect(agencies(page)).toHaveCount(1);
    await expect(agency(page, 'Northshire Council adult social care')).toBeVisible();
  }

  // Redo brings A's agency back (the button, then the shortcut for whatever is left).
  await a.getByRole('button', { name: 'Redo' }).click();
  while (await a.getByRole('button', { name: 'Redo' }).isEnabled()) await a.keyboard.press(`${mod}+Shift+z`);
  for (const page of [a, b]) await expect(agency(page, 'Northshire Hospitals NHS Trust')).toBeVisible();
  await expect(agencies(b)).toHaveCount(2);

  // B's undo removes B's agency only.
  await b.keyboard.press(`${mod}+z`);
  while (await b.getByRole('button', { name: 'Undo' }).isEnabled()) await b.keyboard.press(`${mod}+z`);
  for (const page of [a, b]) {
    await expect(agencies(page)).toHaveCount(1);
    await expect(agency(page, 'Northshire Hospitals NHS Trust')).toBeVisible();
  }

  // While typing in a field, Ctrl/Cmd+Z belongs to the field, not to the board.
  await agency(a, 'Northshire Hospitals NHS Trust').click();
  await expect(a.getByRole('button', { name: 'Undo' })).toBeEnabled();
  const where = await nodeTransform(a, 'Northshire Hospitals NHS Trust');
  const name = a.getByTestId('agency-inspector').getByLabel('Name');
  await name.click();
  await a.keyboard.press(`${mod}+z`);
  await expect(agencies(a)).toHaveCount(1);
  // Nothing of A's was undone: the agency has not moved back, and no step moved to Redo.
  expect(await nodeTransform(a, 'Northshire Hospitals NHS Trust')).toBe(where);
  await expect(a.getByRole('button', { name: 'Redo' })).toBeDisabled();
});
