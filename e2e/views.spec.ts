import { expect, test, type Page } from './support/test.ts';
import { addAgency as addAgencyTo, connectAgencies, createBoardDoc, readBoard, addExchange, destroyBoardDoc } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';
import { agency, expectLive, personNamed } from './support/people.ts';
import { seedBoard } from './seedBoard.ts';
import { viewAtRest, viewDistance, viewMiddle } from './support/view.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const tab = (page: Page, name: string) => page.getByRole('tab', { name });
const cell = (page: Page, degree: number, direction = 'horizontal', level = 'operational') =>
  page.locator(`[data-testid="matrix-cell"][data-direction="${direction}"][data-level="${level}"][data-degree="${degree}"]`);
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
};

/**
 * Two tight groups of three joined only through a care navigation hub: the hub has fewer
 * relationships than the agencies it joins, but every path between the groups passes through it,
 * and so do the discharge lists.
 */
function bridgeBoard(): Board {
  const doc = createBoardDoc({ title: 'Hospital discharge, two localities' });
  const at = (x: number, y: number) => ({ x, y });
  const west = ['West GP', 'West Hospital', 'West Social Care'].map((name, i) => addAgencyTo(doc, { name, position: at(0, i * 180) }));
  const east = ['East GP', 'East Hospital', 'East Social Care'].map((name, i) => addAgencyTo(doc, { name, position: at(900, i * 180) }));
  const hub = addAgencyTo(doc, { name: 'Care Navigation Hub', sector: 'voluntary-community', position: at(450, 180) });
  for (const group of [west, east]) {
    connectAgencies(doc, group[0]!, group[1]!);
    connectAgencies(doc, group[1]!, group[2]!);
    connectAgencies(doc, group[0]!, group[2]!);
  }
  const r = connectAgencies(doc, hub, west[1]!, { integration: 2 });
  const r2 = connectAgencies(doc, hub, east[1]!, { integration: 3 });
  addExchange(doc, { relationshipId: r, from: west[1]!, to: hub, currency: 'information', description: 'Discharge lists' });
  addExchange(doc, { relationshipId: r2, from: hub, to: east[1]!, currency: 'information', description: 'Discharge lists' });
  const { board } = readBoard(doc);
  destroyBoardDoc(doc);
  return board;
}

test('the matrix places a relationship by its degree, and a degree changed in the inspector moves it for everyone', async ({ browser, page, request }) => {
  const created = await seedBoard(request);
  const other = await personNamed(browser, 'Ben Okafor');
  for (const p of [page, other]) {
    await p.goto(created.editPath);
    await expectLive(p);
    await tab(p, 'Integration matrix').click();
  }
  const pair = 'Riverside Hospital Trust and Adult Social Care';
  await expect(cell(page, 4).getByRole('button', { name: pair })).toBeVisible();
  await expect(cell(other, 4).getByRole('button', { name: pair })).toBeVisible();
  await shot(page, 'matrix');

  await cell(page, 4).getByRole('button', { name: pair }).click();
  const inspector = page.getByTestId('relationship-inspector');
  await expect(inspector).toBeVisible();
  await expect(cell(page, 4).getByRole('button', { name: pair })).toHaveAttribute('aria-pressed', 'true');
  await inspector.getByRole('radio', { name: /^Collaboration/ }).check();

  for (const p of [page, other]) {
    await expect(cell(p, 3).getByRole('button', { name: pair })).toBeVisible();
    await expect(cell(p, 4).getByRole('button', { name: pair })).toHaveCount(0);
  }

  // The view is remembered for this board on this device.
  await page.reload();
  await expect(tab(page, 'Integration matrix')).toHaveAttribute('aria-selected', 'true');
  await other.context().close();
});

test('the switcher is reached and worked by keyboard', async ({ page, request }) => {
  const created = await seedBoard(request);
  await page.goto(created.editPath);
  await expectLive(page);
  await tab(page, 'Map').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Integration matrix')).toBeFocused();
  await expect(page.getByTestId('matrix-view')).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab(page, 'Table')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(agency(page, 'Adult Social Care')).toBeVisible();
});

test('the flows summary lists a one-way relationship and opens it', async ({ page, request }) => {
  const created = await seedBoard(request);
  await page.goto(created.editPath);
  await expectLive(page);
  await tab(page, 'Flows and currencies').click();
  const oneWay = page.getByTestId('one-way-list');
  const line = oneWay.getByRole('button', { name: 'Riverside Hospital Trust gives Adult Social Care referrals; nothing comes back.' });
  await expect(line).toBeVisible();
  await shot(page, 'flows');
  await line.click();
  await expect(page.getByTestId('relationship-inspector')).toBeVisible();

  // One currency on the map: relationships without it are dimmed, and the note offers a way back.
  await page.getByRole('button', { name: 'Show referrals on the map' }).click();
  await expect(page.getByTestId('lens-note')).toContainText('Map shows referrals only');
  await expect(page.locator('.relationship-edge.is-dimmed')).toHaveCount(3);
  await shot(page, 'map-one-currency');
  await page.getByTestId('lens-note').getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('.relationship-edge.is-dimmed')).toHaveCount(0);
  await expect(tab(page, 'Map')).toBeFocused();
});

test('sizing agencies by go-between makes the bottleneck agency the largest', async ({ page, request }) => {
  const created = await seedBoard(request, bridgeBoard());
  await page.goto(created.editPath);
  await expectLive(page);
  await tab(page, 'Measures').click();
  await expect(page.getByTestId('board-figures')).toContainText('Separate groups');
  await shot(page, 'measures');
  await page.getByRole('radio', { name: 'Go-between' }).check();
  await tab(page, 'Map').click();
  const widths = async () => {
    const out: Record<string, number> = {};
    for (const name of ['Care Navigation Hub', 'West Hospital', 'East Hospital', 'West GP']) {
      out[name] = (await agency(page, name).boundingBox())?.width ?? 0;
    }
    return out;
  };
  await expect
    .poll(async () => {
      const w = await widths();
      return w['Care Navigation Hub']! > Math.max(w['West Hospital']!, w['East Hospital']!, w['West GP']!);
    })
    .toBe(true);
  await shot(page, 'map-sized');
});

test('one currency on the map keeps only its flows, with an arrow towards the receiver', async ({ page, request }) => {
  const created = await seedBoard(request, bridgeBoard());
  await page.goto(created.editPath);
  await expectLive(page);
  await tab(page, 'Flows and currencies').click();
  await expect(page.getByTestId('currency-card')).toContainText('All information and data passes through Care Navigation Hub.');
  await page.getByRole('button', { name: 'Show information and data on the map' }).click();
  await expect(tab(page, 'Map')).toHaveAttribute('aria-selected', 'true');
  await expect(tab(page, 'Map')).toBeFocused();
  // West Hospital gives the hub (the relationship's target gives its source), the hub gives East Hospital.
  await expect(page.locator('path.relationship-edge[marker-start]')).toHaveCount(1);
  await expect(page.locator('path.relationship-edge[marker-end]')).toHaveCount(1);
  await expect(page.locator('.relationship-edge.is-dimmed')).toHaveCount(6);
  await expect(page.getByTestId('legend')).toContainText('Information and data flows this way');
  await shot(page, 'map-information');
});

test('on a board with nothing yet, every view says in plain words what to do first', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Board title').fill('A new partnership');
  await page.getByRole('button', { name: 'Create board' }).click();
  await expectLive(page);
  const empty = page.getByTestId('empty-view');
  await tab(page, 'Integration matrix').click();
  await expect(empty).toContainText('No relationships yet');
  await tab(page, 'Flows and currencies').click();
  await expect(empty).toContainText('No relationships yet');
  await tab(page, 'Measures').click();
  await expect(empty).toContainText('No agencies yet');
  await shot(page, 'measures-empty');
});

test('the map opens where it was left after another view, not fitted afresh', async ({ page, request }) => {
  const created = await seedBoard(request, bridgeBoard());
  await page.goto(created.editPath);
  await expectLive(page);
  await expect(agency(page, 'Care Navigation Hub')).toBeVisible();
  // The first fit is done once the view holds still.
  const fitted = await viewAtRest(page);
  // The person moves the map to look at one end of it, dragging empty canvas.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await page.mouse.move(pane.x + 600, pane.y + 500);
  await page.mouse.down();
  await page.mouse.move(pane.x + 350, pane.y + 380, { steps: 8 });
  await page.mouse.up();
  let left = await viewMiddle(page);
  // A refit would find the fitted view again: the view left must be another.
  expect(Math.max(Math.abs(left.x - fitted.x), Math.abs(left.y - fitted.y))).toBeGreaterThan(50);

  const gap = async () => viewDistance(await viewMiddle(page), left);
  await tab(page, 'Table').click();
  await tab(page, 'Map').click();
  await expect(agency(page, 'Care Navigation Hub')).toBeVisible();
  await expect.poll(gap).toBeLessThan(0.5);

  // The window made smaller meanwhile: the map opens on the same middle, at the same zoom.
  await tab(page, 'Table').click();
  await page.setViewportSize({ width: 1100, height: 720 });
  await tab(page, 'Map').click();
  await expect(page.locator('.react-flow__viewport')).toBeAttached();
  await expect.poll(gap).toBeLessThan(0.5);

  // Made larger again while the map is shown, which moves the middle shown: that one is kept.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect.poll(gap).toBeGreaterThan(50);
  left = await viewMiddle(page);
  await tab(page, 'Table').click();
  await tab(page, 'Map').click();
  await expect(page.locator('.react-flow__viewport')).toBeAttached();
  await expect.poll(gap).toBeLessThan(0.5);
});

test('the map is drawn as one layer only while the view pans or zooms, so nothing stays blurred or slow after', async ({ page, request }) => {
  const created = await seedBoard(request, bridgeBoard());
  await page.goto(created.editPath);
  await expectLive(page);
  await expect(agency(page, 'Care Navigation Hub')).toBeVisible();
  await viewAtRest(page);
  const layered = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).willChange === 'transform');
  expect(await layered(), 'after the first fit').toBe(false);

  // Dragging empty canvas: a layer while the pointer holds the map, none once it lets go.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await page.mouse.move(pane.x + 600, pane.y + 500);
  await page.mouse.down();
  await page.mouse.move(pane.x + 450, pane.y + 420, { steps: 6 });
  expect(await layered(), 'while panning').toBe(true);
  await page.mouse.up();
  await expect.poll(layered, { message: 'after panning' }).toBe(false);

  // Zooming with the wheel, and by keyboard on an agency (in, then fit to the board).
  const before = await viewMiddle(page);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => viewDistance(await viewMiddle(page), before), { message: 'the wheel zoomed' }).toBeGreaterThan(5);
  await viewAtRest(page);
  await expect.poll(layered, { message: 'after the wheel' }).toBe(false);
  await agency(page, 'Care Navigation Hub').focus();
  for (const key of ['+', '0']) {
    await page.keyboard.press(key);
    await viewAtRest(page);
    await expect.poll(layered, { message: `after ${key}` }).toBe(false);
  }
});
