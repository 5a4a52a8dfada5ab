import { createAgency } from '@partnermap/shared/model';
import { expect, test, type Page } from './support/test.ts';
import { agency, agencies, expectLive, personNamed } from './support/people.ts';
import { seedBoard, wideBoard } from './seedBoard.ts';
import { viewGap, viewMiddle } from './support/view.ts';

// Each test walks a whole workshop task (and one drives two people's pages): room for a busy machine.
test.describe.configure({ timeout: 120_000 });

/** The wide discharge board, with a carers' group that no relationship reaches yet. */
function boardWithLoner() {
  const board = wideBoard('Discharge to assess, Northshire');
  board.agencies.push(createAgency('carers', { name: 'Northshire Carers Hub', sector: 'people-carers', position: { x: 1040, y: 700 } }));
  return board;
}

async function openBoard(page: Page, path: string) {
  await page.goto(path);
  await expectLive(page);
  await expect(agencies(page)).toHaveCount(6);
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

/** The part of the map no panel covers: the canvas, less an inspector lying over its right side. */
async function openMap(page: Page) {
  const canvas = await box(page, '.board__canvas');
  const inspector = await page.getByTestId('inspector').boundingBox();
  const right = inspector && inspector.x < canvas.x + canvas.width ? inspector.x : canvas.x + canvas.width;
  return { x: canvas.x, y: canvas.y, width: right - canvas.x, height: canvas.height };
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;


async function dragPane(page: Page, dx: number, dy: number) {
  const pane = await box(page, '.react-flow__pane');
  const x = pane.x + pane.width / 2;
  const y = pane.y + pane.height - 120;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

test('Ctrl+K finds an agency by part of a word, selects it and centres the map on it', async ({ page, request }, testInfo) => {
  const { editPath } = await seedBoard(request, boardWithLoner());
  await openBoard(page, editPath);

  // From the toolbar's button; Escape closes the dialog and gives focus back to the button.
  const button = page.getByRole('toolbar', { name: 'Board tools' }).getByRole('button', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search the board' });
  const box_ = dialog.getByRole('combobox');
  await expect(box_).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Ctrl+K anywhere; a word that starts with the query ranks above names that contain it.
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 300 } });
  await page.keyboard.press('Control+k');
  await expect(box_).toBeFocused();
  await page.keyboard.type('gp');
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('Northshire GP Federation');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box_).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? '');
  await box_.fill('northshire');
  await expect(options).toHaveCount(7); // four agencies, then the three relationships with one of them
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // wraps to the last
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await box_.fill('gp fed');
  await expect(options).toHaveText([/^Agency\s*Northshire GP Federation/, /^Relationship\s*Age Concern Northshire – Northshire GP Federation/]);
  await testInfo.attach('search', { body: await page.screenshot({ path: testInfo.outputPath('search.png') }), contentType: 'image/png' });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Far to the right of the first view, the agency is now selected, in the inspector and in the middle of the map.
  const gp = agency(page, 'Northshire GP Federation');
  await expect(gp).toHaveClass(/is-selected/);
  await expect(page.getByTestId('agency-inspector').getByLabel('Name')).toHaveValue('Northshire GP Federation');
  await expect
    .poll(async () => {
      const map = await openMap(page);
      const node = await gp.boundingBox();
      if (!node) return Infinity;
      return Math.hypot(node.x + node.width / 2 - (map.x + map.width / 2), node.y + node.height / 2 - (map.y + map.height / 2));
    })
    .toBeLessThan(30);
  await testInfo.attach('found', { body: await page.screenshot({ path: testInfo.outputPath('found.png') }), contentType: 'image/png' });

  // From another view, picking a partnership brings the map back with the partnership selected.
  await page.getByRole('tab', { name: 'Integration matrix' }).click();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('home first');
  await expect(dialog.getByRole('option').first()).toContainText('Partnership');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Home First team');
  await expect(agency(page, 'Riverside Hospital Trust')).toBeInViewport();

  // Nothing found says so.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('ambulance');
  await expect(dialog.getByRole('status')).toHaveText('Nothing on this board matches “ambulance”.');
  await page.keyboard.press('Escape');
});

test('focus on an agency dims all but its neighbours; the shortest route is lit, or its absence said', async ({ page, request }, testInfo) => {
  const board = boardWithLoner();
  const { editPath } = await seedBoard(request, board);
  await openBoard(page, editPath);
  // The map draws only agencies in view, and a focus brings what it lights into view: so an agency
  // counts as dimmed unless it is drawn and lit.
  const dimmed = async () => {
    const lit = await agencies(page).evaluateAll((els) =>
      els.filter((el) => !el.classList.contains('is-dimmed')).map((el) => el.getAttribute('data-agency-name')),
    );
    return board.agencies.map((a) => a.name).filter((name) => !lit.includes(name)).sort();
  };

  await agency(page, 'Adult Social Care').click();
  const inspector = page.getByTestId('agency-inspector');
  await inspector.getByRole('button', { name: 'Focus on neighbours' }).click();
  const bar = page.getByTestId('focus-bar');
  await expect(bar).toContainText('Showing Adult Social Care and the agencies up to');
  await expect.poll(dimmed).toEqual(['Age Concern Northshire', 'Northshire Carers Hub', 'Northshire GP Federation']);
  await testInfo.attach('focus', { body: await page.screenshot({ path: testInfo.outputPath('focus.png') }), contentType: 'image/png' });
  await bar.getByRole('button', { name: '2' }).click();
  await expect.poll(dimmed).toEqual(['Northshire Carers Hub', 'Northshire GP Federation']);

  // The filters still apply on top: keeping only social care and housing lit dims the hospital too.
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByTestId('filters').getByRole('button', { name: 'Social care' }).click();
  await page.getByTestId('filters').getByRole('button', { name: 'Housing' }).click();
  await expect
    .poll(dimmed)
    .toEqual(['Age Concern Northshire', 'Northshire Carers Hub', 'Northshire GP Federation', 'Riverside Hospital Trust']);
  await page.getByTestId('filters').getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('button', { name: 'Close filters' }).click();

  await bar.getByRole('button', { name: 'Show the whole map' }).click();
  await expect(bar).toBeHidden();
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(dimmed).toEqual([]);

  // The route from social care to the GPs runs through housing and Age Concern.
  await agency(page, 'Adult Social Care').click();
  await inspector.getByLabel('Path to').selectOption({ label: 'Northshire GP Federation' });
  await inspector.getByRole('button', { name: 'Show routes' }).click();
  await expect(bar).toContainText('The shortest route from Adult Social Care to Northshire GP Federation: 3 relationships long.');
  await expect.poll(dimmed).toEqual(['Northshire Carers Hub', 'Riverside Hospital Trust']);
  await testInfo.attach('routes', { body: await page.screenshot({ path: testInfo.outputPath('routes.png') }), contentType: 'image/png' });

  // No relationship reaches the carers' hub: the bar says so in plain words.
  await agency(page, 'Adult Social Care').click();
  await inspector.getByLabel('Path to').selectOption({ label: 'Northshire Carers Hub' });
  await inspector.getByRole('button', { name: 'Show routes' }).click();
  await expect(bar).toContainText('No route joins Adult Social Care and Northshire Carers Hub');

  // From the search dialog: Shift+Enter focuses on the agency found.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('age concern');
  await page.keyboard.press('Shift+Enter');
  await expect(bar).toContainText('Showing Age Concern Northshire');
  await expect.poll(dimmed).toEqual(['Adult Social Care', 'Northshire Carers Hub', 'Riverside Hospital Trust']);
});

test('at 1024×768 the map keeps 70% of the width with the inspector open; panels remember their state and fit view clears the legend', async ({
  page,
  request,
}, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const { editPath } = await seedBoard(request, boardWithLoner());
  await openBoard(page, editPath);
  const legend = page.getByTestId('legend');
  await expect(legend).not.toHaveAttribute('open'); // closed by default on a small screen

  await agency(page, 'Adult Social Care').click();
  await expect(page.getByTestId('agency-inspector')).toBeVisible();
  const map = await openMap(page);
  expect(map.width).toBeGreaterThanOrEqual(0.7 * 1024);
  await testInfo.attach('1024', { body: await page.screenshot({ path: testInfo.outputPath('at-1024.png') }), contentType: 'image/png' });

  // Fit view keeps every agency clear of the legend and of the inspector over the map.
  const covered = async () => {
    const panels = [await box(page, '[data-testid="legend"]'), await box(page, '[data-testid="inspector"]')];
    const nodes = await agencies(page).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    return nodes.filter((n) => panels.some((p) => overlaps(n, p))).length;
  };
  await page.locator('.react-flow__controls-fitview').click();
  await expect.poll(covered).toBe(0);
  await testInfo.attach('fit-view', { body: await page.screenshot({ path: testInfo.outputPath('fit-view.png') }), contentType: 'image/png' });
  // On a wider screen the open legend is kept clear too.
  await page.setViewportSize({ width: 1440, height: 900 });
  await legend.locator('summary').click();
  await expect(legend).toHaveAttribute('open');
  await page.locator('.react-flow__controls-fitview').click();
  await expect.poll(covered).toBe(0);
  await testInfo.attach('fit-view-legend', { body: await page.screenshot({ path: testInfo.outputPath('fit-view-legend.png') }), contentType: 'image/png' });
  await page.setViewportSize({ width: 1024, height: 768 });

  // The inspector folds to a slim bar; both choices hold after a reload.
  await page.getByRole('button', { name: 'Hide the inspector' }).click();
  const fold = page.getByTestId('inspector').getByRole('button', { name: 'Inspector' });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  expect((await box(page, '[data-testid="inspector"]')).width).toBeLessThanOrEqual(44);
  await page.reload();
  await expect(agencies(page)).toHaveCount(6);
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(legend).toHaveAttribute('open');
  await fold.click();
  await expect(page.getByRole('button', { name: 'Hide the inspector' })).toHaveAttribute('aria-expanded', 'true');
});

test('presentation mode hides the panels and enlarges the text; Escape leaves it', async ({ page, request }, testInfo) => {
  const { editPath } = await seedBoard(request, boardWithLoner());
  await openBoard(page, editPath);
  const nameSize = () => agency(page, 'Adult Social Care').locator('.agency-node__name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await nameSize();

  await page.getByRole('button', { name: 'Present' }).click();
  for (const panel of [page.getByTestId('inspector'), page.getByRole('toolbar', { name: 'Board tools' }), page.getByTestId('legend'), page.getByRole('tablist')]) {
    await expect(panel).toBeHidden();
  }
  expect(await nameSize()).toBeGreaterThanOrEqual(before * 1.3);
  await expect(agencies(page).first()).toBeInViewport();
  await testInfo.attach('presenting', { body: await page.screenshot({ path: testInfo.outputPath('presenting.png') }), contentType: 'image/png' });

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector')).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Board tools' })).toBeVisible();
  expect(await nameSize()).toBe(before);
});

test('a facilitator brings everyone to their view and releases them', async ({ browser, request }, testInfo) => {
  const { editPath } = await seedBoard(request, boardWithLoner());
  const host = await personNamed(browser, 'Hana Facilitator', '#1f77b4');
  const guest = await personNamed(browser, 'Gus Member', '#d62728');
  await openBoard(host, editPath);
  await openBoard(guest, editPath);
  await expect(host.getByTestId('peer')).toHaveCount(1);

  // Apart at first: the guest looks elsewhere.
  await dragPane(guest, -300, -100);
  await host.getByRole('button', { name: 'Bring everyone here' }).click();
  const notice = guest.getByTestId('following');
  await expect(notice).toContainText('Following Hana Facilitator, who brought everyone to their view.');
  await expect.poll(() => viewGap(host, guest)).toBeLessThan(2);

  // Where the facilitator goes, everyone goes; the guest's own pan does not break away.
  await host.locator('.react-flow__controls-zoomin').click();
  await dragPane(host, 250, 0);
  await expect.poll(() => viewGap(host, guest)).toBeLessThan(2);
  await dragPane(guest, 0, -150);
  await dragPane(host, -100, 0);
  await expect.poll(() => viewGap(host, guest)).toBeLessThan(2);
  await testInfo.attach('brought', { body: await guest.screenshot({ path: testInfo.outputPath('brought.png') }), contentType: 'image/png' });

  // Released: the notice goes and the guest's view stays put while the facilitator moves on.
  await host.getByRole('button', { name: 'Release everyone' }).click();
  await expect(notice).toBeHidden();
  const still = await viewMiddle(guest);
  await dragPane(host, 300, 100);
  await host.waitForTimeout(500);
  expect(await viewMiddle(guest)).toEqual(still);

  // Brought again, the guest may stop following on their own.
  await host.getByRole('button', { name: 'Bring everyone here' }).click();
  await expect(notice).toBeVisible();
  await expect.poll(() => viewGap(host, guest)).toBeLessThan(2);
  await notice.getByRole('button', { name: 'Stop following' }).click();
  await expect(notice).toBeHidden();
  const own = await viewMiddle(guest);
  await dragPane(host, -200, 0);
  await host.waitForTimeout(500);
  expect(await viewMiddle(guest)).toEqual(own);
});
