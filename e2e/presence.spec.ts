import { expect, test, type Page } from './support/test.ts';
import { addAgency, agency, connect, createBoard, expectLive, newcomer, personNamed, shareLinks } from './support/people.ts';
import { viewGap } from './support/view.ts';

const peers = (page: Page) => page.getByTestId('peer');
const peer = (page: Page, name: string) => page.locator(`[data-testid="peer"][data-name="${name}"]`);
const cursorOf = (page: Page, name: string) => page.locator(`[data-testid="peer-cursor"][data-name="${name}"]`);

test('three people see each other, their cursors and selections, and one follows another', async ({ browser }, testInfo) => {
  // A has never used Partnermap: the board asks for a name first.
  const a = await newcomer(browser);
  await createBoard(a, 'Falls prevention in Northshire');
  const nameDialog = a.getByRole('dialog', { name: 'Who is joining?' });
  await expect(nameDialog).toBeVisible();
  await nameDialog.getByLabel('Your name').fill('Amira Khan');
  await testInfo.attach('name-dialog', { body: await a.screenshot({ path: testInfo.outputPath('name-dialog.png') }), contentType: 'image/png' });
  await nameDialog.getByRole('button', { name: 'Join the board' }).click();
  await expect(nameDialog).toBeHidden();
  await expectLive(a);
  await addAgency(a, 'Northshire Hospice');
  const links = await shareLinks(a);

  const b = await personNamed(browser, 'Ben Okafor', '#d62728');
  await b.goto(links.edit);
  const c = await personNamed(browser, 'Chloe Reid', '#9467bd');
  await c.goto(links.view);
  for (const page of [b, c]) await expectLive(page);

  // Each sees the two others; the viewer is marked as such.
  await expect.poll(() => peers(a).evaluateAll((els) => els.map((el) => el.getAttribute('data-name')))).toEqual(['Ben Okafor', 'Chloe Reid']);
  await expect(peers(a)).toHaveText(['BO', 'CR']);
  await expect(peer(a, 'Chloe Reid')).toHaveAttribute('data-role', 'view');
  await expect(peer(a, 'Chloe Reid').getByRole('button')).toHaveAccessibleName('Follow Chloe Reid, CR (viewing only)');
  await expect(peer(b, 'Amira Khan')).toHaveAttribute('data-role', 'edit');
  await expect(peers(b)).toHaveCount(2);
  await expect(peers(c)).toHaveCount(2);
  await expect(c.getByRole('button', { name: /^You: Chloe Reid/ })).toBeVisible();

  // B zooms in; A points at the hospice: on B's screen, A's cursor is on the hospice too.
  await b.locator('.react-flow__controls-zoomin').click();
  await b.locator('.react-flow__controls-zoomin').click();
  const target = await agency(a, 'Northshire Hospice').boundingBox();
  if (!target) throw new Error('agency not on screen');
  await a.mouse.move(target.x + 10, target.y + 10);
  await a.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
  await expect(cursorOf(b, 'Amira Khan')).toBeVisible();
  await expect
    .poll(async () => {
      const tip = await cursorOf(b, 'Amira Khan').boundingBox();
      const node = await agency(b, 'Northshire Hospice').boundingBox();
      if (!tip || !node) return false;
      // The arrow's tip is the cursor element's top-left corner; B sees the hospice bigger, at its own zoom.
      return Math.abs(tip.x - (node.x + node.width / 2)) < 6 && Math.abs(tip.y - (node.y + node.height / 2)) < 6;
    })
    .toBe(true);
  await expect(cursorOf(c, 'Amira Khan')).toBeVisible();

  // The cursor moves as A's mouse moves.
  const before = await cursorOf(b, 'Amira Khan').getAttribute('data-x');
  await a.mouse.move(target.x + target.width / 2 + 150, target.y + target.height / 2 + 80, { steps: 5 });
  await expect(cursorOf(b, 'Amira Khan')).not.toHaveAttribute('data-x', before ?? '');

  // A selects the hospice: the others see it outlined in A's colour.
  await agency(a, 'Northshire Hospice').click();
  await expect(b.locator('[data-testid="peer-selection"][data-name="Amira Khan"]')).toBeVisible();
  await expect(c.locator('[data-testid="peer-selection"][data-name="Amira Khan"]')).toBeVisible();
  // A adds a second agency and relates the two: the new relationship, selected on A's screen, is outlined on B's.
  const pane = await a.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await a.mouse.dblclick(pane.x + pane.width - 220, pane.y + 160);
  await a.keyboard.type('Northshire Council');
  await a.keyboard.press('Escape');
  await connect(a, 'Northshire Hospice', 'Northshire Council');
  await expect(a.locator('.react-flow__edge')).toHaveCount(1);
  await expect(b.locator('svg[data-testid="peer-selection"][data-name="Amira Khan"]')).toBeVisible();
  await b.mouse.move(pane.x + 300, pane.y + 300);
  const shot = await b.screenshot({ path: testInfo.outputPath('presence-as-ben.png') });
  await testInfo.attach('presence-as-ben', { body: shot, contentType: 'image/png' });

  // B, on a smaller screen, follows A: when A zooms, B's view centres on the same place at the
  // same zoom; B's own pan stops following.
  await b.setViewportSize({ width: 1100, height: 700 });
  await peer(b, 'Amira Khan').getByRole('button').click();
  await expect(b.getByText('Following Amira Khan. Pan or zoom to stop.')).toBeVisible();
  await a.locator('.react-flow__controls-zoomout').click();
  await expect.poll(() => viewGap(a, b)).toBeLessThan(2);
  await b.mouse.move(pane.x + 300, pane.y + 500);
  await b.mouse.down();
  await b.mouse.move(pane.x + 420, pane.y + 560, { steps: 6 });
  await b.mouse.up();
  await expect(b.getByText('Following Amira Khan. Pan or zoom to stop.')).toBeHidden();
  await expect(peer(b, 'Amira Khan').getByRole('button')).toHaveAttribute('aria-pressed', 'false');

  // A renames themself: the others see the new name.
  await a.getByRole('button', { name: /^You: Amira Khan/ }).click();
  const rename = a.getByRole('dialog', { name: 'Change your name' });
  await rename.getByLabel('Your name').fill('Amira Khan (NHS)');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(peer(b, 'Amira Khan (NHS)')).toBeVisible();

  // A leaves: the others no longer list A.
  await a.context().close();
  await expect(peers(b)).toHaveCount(1);
  await expect(peers(c)).toHaveCount(1);
});

test('presence traffic stays small: a still mouse sends nothing, a moving one about 20 messages a second at most', async ({ browser }) => {
  const a = await personNamed(browser, 'Dev Patel');
  const sent: { at: number; type: number }[] = [];
  a.on('websocket', (ws) =>
    ws.on('framesent', (frame) => {
      if (typeof frame.payload !== 'string') sent.push({ at: Date.now(), type: frame.payload[0] ?? -1 });
    }),
  );
  await createBoard(a, 'Homelessness and health');
  await expectLive(a);
  const pane = await a.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');

  const start = Date.now();
  for (let i = 0; i < 60; i++) await a.mouse.move(pane.x + 200 + i * 5, pane.y + 200 + i * 3);
  await a.mouse.move(pane.x + 600, pane.y + 600);
  const seconds = (Date.now() - start) / 1000;
  const awareness = () => sent.filter((f) => f.type === 1 && f.at >= start);
  await expect.poll(() => awareness().length).toBeGreaterThan(1);
  // The throttle may let one more through at each end of the movement.
  expect(awareness().length).toBeLessThanOrEqual(Math.ceil(seconds * 20) + 2);

  // Still: nothing at all for a while (the protocol's own renewal is every 15 s).
  await a.waitForTimeout(300);
  const quietFrom = sent.length;
  await a.waitForTimeout(2000);
  expect(sent.slice(quietFrom)).toEqual([]);
});

test('two people who chose the same colour are told apart: one of them takes a free colour', async ({ browser }) => {
  const a = await personNamed(browser, 'Amy Shaw', '#1f77b4');
  const b = await personNamed(browser, 'Amir Shah', '#1f77b4');
  await createBoard(a, 'Same colour');
  await b.goto(a.url());
  const colours = (page: Page) =>
    Promise.all([
      page.getByRole('button', { name: /^You:/ }).evaluate((el) => getComputedStyle(el).backgroundColor),
      page.getByTestId('peer').getByRole('button').evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
  for (const page of [a, b]) {
    await expect(page.getByTestId('peer')).toHaveCount(1);
    await expect.poll(async () => new Set(await colours(page)).size).toBe(2);
  }
  // Both pages agree on who has which colour.
  const [aSelf, aPeer] = await colours(a);
  expect(await colours(b)).toEqual([aPeer, aSelf]);
});
