import { expect, test, type Page } from './support/test.ts';
import {
  addAgency,
  addExchange,
  connectAgencies,
  createBoardDoc,
  destroyBoardDoc,
  formPartnership,
  readBoard,
} from '@partnermap/shared/doc';
import type { Currency, Sector } from '@partnermap/shared/model';
import { seedBoard } from './seedBoard.ts';
import { agencies, agency, expectLive, personNamed } from './support/people.ts';
import { viewAtRest, viewMiddle } from './support/view.ts';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const HOSPITAL = 'Northshire Hospitals NHS Trust';
const COUNCIL = 'Northshire Adult Social Care';

function twoAgencies() {
  const doc = createBoardDoc({ title: 'Hospital discharge' });
  const hospital = addAgency(doc, { name: HOSPITAL, sector: 'nhs-acute', position: { x: 0, y: 0 } });
  const council = addAgency(doc, { name: COUNCIL, sector: 'social-care', position: { x: 520, y: 0 } });
  connectAgencies(doc, hospital, council);
  const { board } = readBoard(doc);
  destroyBoardDoc(doc);
  return board;
}

/**
 * The workshop's map: 9 agencies close together, 10 relationships with exchanges both ways, and
 * an Integrated Discharge Team whose members' bounding box holds Mental Health, not a member.
 */
function crowdedBoard() {
  const doc = createBoardDoc({ title: 'Integrated discharge, Northshire' });
  const at = (name: string, sector: Sector, x: number, y: number) =>
    addAgency(doc, { name, sector, position: { x, y } });
  const hospital = at('Riverside Hospital', 'nhs-acute', 0, 0);
  const social = at('Social Care', 'social-care', 300, 40);
  const nursing = at('District Nursing', 'nhs-community', 0, 260);
  const mental = at('Mental Health', 'nhs-mental-health', 250, 200);
  const housing = at('Housing Options', 'housing', 600, 0);
  const gp = at('GP Federation', 'nhs-primary-care', 560, 260);
  const vcs = at('Age Concern', 'voluntary-community', 300, 420);
  const carers = at('Carers Centre', 'people-carers', 650, 450);
  const police = at('Police', 'police-justice', -60, 480);
  const link = (a: string, b: string, integration: 1 | 2 | 3 | 4, there: Currency[], back: Currency[]) => {
    const r = connectAgencies(doc, a, b, { integration });
    for (const currency of there) addExchange(doc, { relationshipId: r, from: a, to: b, currency, description: '' });
    for (const currency of back) addExchange(doc, { relationshipId: r, from: b, to: a, currency, description: '' });
  };
  link(hospital, social, 3, ['referrals', 'information'], ['staff-time', 'money']);
  link(hospital, nursing, 4, ['referrals'], ['information']);
  link(social, nursing, 2, ['money'], ['referrals', 'expertise']);
  link(social, housing, 2, ['referrals'], ['premises']);
  link(mental, social, 1, ['information'], []);
  link(gp, nursing, 3, ['referrals', 'information', 'expertise'], ['information']);
  link(housing, gp, 1, ['information'], ['information']);
  link(vcs, social, 2, ['staff-time'], ['money']);
  link(carers, vcs, 2, ['expertise'], ['training']);
  link(police, nursing, 1, ['information'], []);
  formPartnership(doc, [hospital, social, nursing], { name: 'Integrated Discharge Team', model: 'co-located-staff' });
  const { board } = readBoard(doc);
  destroyBoardDoc(doc);
  return board;
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Pairs of boxes that overlap, as "i×j", so a failure names them. */
function overlapping(list: readonly Box[], others: readonly Box[] = []): string[] {
  const out: string[] = [];
  list.forEach((a, i) => {
    list.slice(i + 1).forEach((b, j) => overlap(a, b) && out.push(`${i}×${i + 1 + j}`));
    others.forEach((b, j) => overlap(a, b) && out.push(`${i}×agency ${j}`));
  });
  return out;
}

/** Clicks the middle of the line between two agencies, as a person does to select their relationship. */
async function clickLine(page: Page, from: string, to: string) {
  const f = await agency(page, from).boundingBox();
  const t = await agency(page, to).boundingBox();
  if (!f || !t) throw new Error('agencies not on screen');
  await page.mouse.click((f.x + f.width / 2 + t.x + t.width / 2) / 2, (f.y + f.height / 2 + t.y + t.height / 2) / 2);
}

/** Every agency's place on the board (React Flow's node transform), by name. */
async function positions(page: Page): Promise<Record<string, string>> {
  return page.locator('.react-flow__node').evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => [el.querySelector('[data-agency-name]')?.getAttribute('data-agency-name') ?? '', (el as HTMLElement).style.transform]),
    ),
  );
}

test('a relationship gets its degree and an exchange each way through the quick bar in six actions, seen by a colleague', async ({ browser, request }) => {
  // Two people and a keyboard walk along the bar: longer than most tests on a busy machine.
  test.setTimeout(120_000);
  const created = await seedBoard(request, twoAgencies());
  const a = await personNamed(browser, 'Amira Khan');
  const b = await personNamed(browser, 'Ben Okafor');
  await a.goto(created.editPath);
  await b.goto(created.editPath);
  await expectLive(a);
  await expectLive(b);
  await expect(agencies(a)).toHaveCount(2);

  let actions = 0;
  const act = async (what: () => Promise<void>) => {
    actions++;
    await what();
  };
  const bar = a.getByRole('toolbar', { name: /^Quick entry/ });

  await act(() => clickLine(a, HOSPITAL, COUNCIL));
  await expect(bar).toBeVisible();
  await act(() => bar.getByRole('button', { name: '3 Collaboration' }).click());
  await expect(bar.getByRole('button', { name: '3 Collaboration' })).toHaveAttribute('aria-pressed', 'true');
  await act(() => bar.getByTitle(`Add an exchange: ${HOSPITAL} gives ${COUNCIL}`).click());
  await act(() => bar.getByRole('button', { name: 'Information and data' }).click());
  await expect(bar.getByRole('status')).toHaveText(`Added: ${HOSPITAL} gives ${COUNCIL} information and data.`);
  await act(() => bar.getByTitle(`Add an exchange: ${COUNCIL} gives ${HOSPITAL}`).click());
  await act(() => bar.getByRole('button', { name: 'Staff time' }).click());
  expect(actions).toBeLessThanOrEqual(6);

  // The bar sits beside the line, not on it: the middle of the line stays clear.
  const from = await agency(a, HOSPITAL).boundingBox();
  const to = await agency(a, COUNCIL).boundingBox();
  const barBox = await bar.boundingBox();
  if (!from || !to || !barBox) throw new Error('not on screen');
  const line = { x: from.x + from.width, y: from.y + from.height / 2 - 2, width: to.x - from.x - from.width, height: 4 };
  expect(overlap(barBox, line)).toBe(false);
  await a.screenshot({ path: test.info().outputPath('quick-bar.png') });

  // The colleague sees it all: the line's labels, and the same relationship in the inspector.
  await expect(b.getByTestId('flow-forward')).toContainText('Information');
  await expect(b.getByTestId('flow-backward')).toContainText('Staff time');
  await clickLine(b, HOSPITAL, COUNCIL);
  const inspector = b.getByTestId('relationship-inspector');
  await expect(inspector.getByRole('radio', { name: /^Collaboration/ })).toBeChecked();
  await expect(inspector.getByTestId('exchange')).toContainText([
    `${HOSPITAL} gives ${COUNCIL} information and data`,
    `${COUNCIL} gives ${HOSPITAL} staff time`,
  ]);

  // The bar is a toolbar: the arrow keys move along its buttons, Escape closes the currencies.
  const coordinating = bar.getByRole('button', { name: /^Coordinating/ });
  await coordinating.focus();
  await a.keyboard.press('ArrowRight');
  await expect(bar.getByRole('button', { name: /^Cooperative/ })).toBeFocused();
  await expect(bar.getByRole('status')).toContainText('reciprocal exchange');
  await a.keyboard.press('ArrowRight');
  const give = bar.getByTitle(`Add an exchange: ${HOSPITAL} gives ${COUNCIL}`);
  await expect(give).toBeFocused();
  await a.keyboard.press('Enter');
  await expect(bar.getByRole('button', { name: 'Money / budget' })).toBeVisible();
  await a.keyboard.press('Escape');
  await expect(give).toBeFocused();
  await expect(give).toHaveAttribute('aria-expanded', 'false');
});

test('the quick bar opened beside a line just above the legend moves the view until the bar is clear of it, and leaves the view alone when the line is panned back', async ({ page, request }) => {
  const created = await seedBoard(request, twoAgencies());
  await page.goto(created.editPath);
  await expectLive(page);
  await expect(agencies(page)).toHaveCount(2);
  const legend = page.locator('#board-map .legend');
  await expect(legend).toBeVisible();
  const legendBox = (await legend.boundingBox())!;
  const map = (await page.locator('#board-map').boundingBox())!;

  // Zoomed out, so that both agencies stay on the map, then panned (dragging empty map) until the
  // line's middle is just above the legend: the bar, which opens below a level line, would open on it.
  for (let i = 0; i < 4; i++) await page.locator('.react-flow__controls-zoomout').click();
  await viewAtRest(page);
  const from = (await agency(page, HOSPITAL).boundingBox())!;
  const to = (await agency(page, COUNCIL).boundingBox())!;
  const middle = { x: (from.x + from.width / 2 + to.x + to.width / 2) / 2, y: (from.y + from.height / 2 + to.y + to.height / 2) / 2 };
  const target = { x: legendBox.x + legendBox.width - 40, y: legendBox.y - 12 };
  const grab = { x: map.x + map.width - 120, y: map.y + 140 };
  const onEmptyMap = () => page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.matches('.react-flow__pane'), grab);
  const pan = async (dx: number, dy: number) => {
    // Grabbed on empty map, the drag pans; on a card it would move the agency.
    expect(await onEmptyMap(), 'the grab point on empty map').toBe(true);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + dx, grab.y + dy, { steps: 12 });
    await page.mouse.up();
    return viewAtRest(page);
  };
  const beforeBar = await pan(target.x - middle.x, target.y - middle.y);

  await clickLine(page, HOSPITAL, COUNCIL);
  const bar = page.getByRole('toolbar', { name: /^Quick entry/ });
  await expect(bar).toBeVisible();
  const clear = async () => {
    const b = (await bar.boundingBox())!;
    const inside = b.x >= map.x && b.y >= map.y && b.x + b.width <= map.x + map.width && b.y + b.height <= map.y + map.height;
    return inside && !overlap(b, (await legend.boundingBox())!);
  };
  await expect.poll(clear, { message: 'the quick bar clear of the legend and inside the map' }).toBe(true);
  // Cleared by moving the view: the bar opened on the legend, as set up.
  expect(await viewMiddle(page)).not.toEqual(beforeBar);
  await page.screenshot({ path: test.info().outputPath('quick-bar-clear-of-legend.png') });
  // Still the bar of the line clicked, usable at once.
  await bar.getByRole('button', { name: '3 Collaboration' }).click();
  await expect(bar.getByRole('button', { name: '3 Collaboration' })).toHaveAttribute('aria-pressed', 'true');

  // Panned until the line is off the map (the map stops drawing it, and its bar), then back to
  // where the bar first opened on the legend: the bar is drawn again, and the view is left where
  // the person put it.
  const placed = await viewAtRest(page);
  const away = -(map.width - 200);
  await pan(away, 0);
  await expect(bar).toHaveCount(0);
  const back = await pan(-away - (beforeBar.x - placed.x) * placed.zoom, -(beforeBar.y - placed.y) * placed.zoom);
  await expect(bar).toBeVisible();
  await page.waitForTimeout(300);
  expect(await viewMiddle(page)).toEqual(back);
  expect(Math.hypot(back.x - beforeBar.x, back.y - beforeBar.y) * back.zoom, 'panned back to where the bar first opened').toBeLessThan(3);
});

test('tidy the map moves everyone’s agencies apart in one step, and one undo puts them back for everyone', async ({ browser, request }) => {
  const created = await seedBoard(request, crowdedBoard());
  const a = await personNamed(browser, 'Amira Khan');
  const b = await personNamed(browser, 'Ben Okafor');
  await a.goto(created.editPath);
  await b.goto(created.editPath);
  await expectLive(a);
  await expectLive(b);
  await expect(agencies(a)).toHaveCount(9);
  const before = await positions(a);
  expect(await positions(b)).toEqual(before);

  const untidyView = await viewMiddle(a);
  await a.getByRole('button', { name: 'Tidy the map' }).click();
  await expect.poll(async () => (await positions(b))['Mental Health']).not.toBe(before['Mental Health']);
  // The tidier's view then takes in the whole tidied map, clear of the legend, however late the
  // glide ends on a busy machine (only agencies in view are in the page).
  await expect.poll(async () => JSON.stringify(await viewMiddle(a))).not.toBe(JSON.stringify(untidyView));
  await viewAtRest(a);
  await expect.poll(async () => Object.keys(await positions(a)).length).toBe(9);
  const pane = await a.locator('.react-flow').boundingBox();
  const legend = await a.getByTestId('legend').boundingBox();
  if (!pane || !legend) throw new Error('not on screen');
  for (const box of await boxes(a, '[data-testid="agency-node"]')) {
    expect(box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height).toBe(true);
    expect(overlap(box, legend)).toBe(false);
  }
  // Once the agencies have glided into place, both pages show the same tidy map: no agency on another.
  await expect.poll(async () => JSON.stringify(await positions(a)) === JSON.stringify(await positions(b))).toBe(true);
  await expect.poll(async () => overlapping(await boxes(a, '[data-testid="agency-node"]'))).toEqual([]);
  // Mental Health is not in the Integrated Discharge Team: after tidying it sits outside its outline.
  const outline = await a.getByTestId('partnership-outline').boundingBox();
  const mental = await agency(a, 'Mental Health').boundingBox();
  if (!outline || !mental) throw new Error('not on screen');
  expect(overlap(outline, mental)).toBe(false);
  await a.screenshot({ path: test.info().outputPath('tidied.png') });

  await a.keyboard.press(`${mod}+z`);
  await expect.poll(() => positions(a)).toEqual(before);
  await expect.poll(() => positions(b)).toEqual(before);
  await expect(a.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('on a crowded board of nine agencies no exchange label overlaps another label, an agency or a partnership’s name', async ({ browser, request }) => {
  const created = await seedBoard(request, crowdedBoard());
  const page = await personNamed(browser, 'Amira Khan');
  await page.goto(created.editPath);
  await expectLive(page);
  await expect(agencies(page)).toHaveCount(9);
  await expect(page.locator('.flow-label--placed').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('crowded.png') });

  const labels = await boxes(page, '.flow-label--placed');
  const solid = [...(await boxes(page, '[data-testid="agency-node"]')), ...(await boxes(page, '.partnership-outline__label'))];
  expect(labels.length).toBeGreaterThan(5);
  expect(overlapping(labels, solid)).toEqual([]);
  // Crowded, some labels collapse to a count; hovering one shows what it stands for.
  const count = page.locator('.flow-label--placed[data-tier="count"]').first();
  if (await count.count()) {
    await count.hover();
    await expect(count.locator('.flow-label__details')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('details-on-hover.png') });
  }
});

test('on a view-only link, tidying is offered but says why it cannot be used', async ({ browser, request }) => {
  const created = await seedBoard(request, crowdedBoard());
  const viewer = await personNamed(browser, 'Viv Viewer');
  await viewer.goto(created.viewPath);
  await expect(agencies(viewer)).toHaveCount(9);
  const before = await positions(viewer);
  const tidy = viewer.getByRole('button', { name: 'Tidy the map' });
  await expect(tidy).toHaveAttribute('aria-disabled', 'true');
  await expect(tidy).toHaveAccessibleDescription(/view-only/);
  // Playwright will not click a button marked disabled; a person can, and nothing moves.
  await tidy.click({ force: true });
  await viewer.waitForTimeout(600);
  expect(await positions(viewer)).toEqual(before);
});

test('agencies added from the toolbar land in free space in the middle of the view, never on one another', async ({ browser, request }) => {
  const created = await seedBoard(request, twoAgencies());
  const page = await personNamed(browser, 'Amira Khan');
  await page.goto(created.editPath);
  await expectLive(page);
  await expect(agencies(page)).toHaveCount(2);
  for (const n of [3, 4, 5]) {
    await page.getByRole('button', { name: 'Add agency' }).click();
    await expect(page.getByTestId('agency-inspector').getByLabel('Name')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(agencies(page)).toHaveCount(n);
  }
  const cards = await boxes(page, '[data-testid="agency-node"]');
  expect(overlapping(cards)).toEqual([]);
  const map = await page.locator('.react-flow').boundingBox();
  if (!map) throw new Error('no map');
  for (const c of cards) {
    expect(c.x).toBeGreaterThanOrEqual(map.x);
    expect(c.x + c.width).toBeLessThanOrEqual(map.x + map.width);
  }
});
