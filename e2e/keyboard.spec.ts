import { expect, test, type APIRequestContext, type Page } from './support/test.ts';
import { agencies, expectLive } from './support/people.ts';
import { viewAtRest, viewDistance, viewMiddle } from './support/view.ts';

/**
 * A practitioner who does not use a mouse maps a partnership from start to finish: only
 * page.keyboard, never a click, and after each step we check where focus is, as their screen
 * reader or their eyes would.
 */

/** What has focus: its tag, accessible-ish name, and the agency or relationship it is, if any. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', agency: undefined, relationship: undefined, text: '' };
    const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined;
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim(),
      text: (el.textContent ?? '').trim(),
      agency: el.classList.contains('react-flow__node') ? el.querySelector('[data-agency-name]')?.getAttribute('data-agency-name') : undefined,
      relationship: el.classList.contains('react-flow__edge') ? el.getAttribute('aria-label') : undefined,
      inspectorHeading: el.matches('.inspector__body h2'),
    };
  });
}

/** Presses Tab (or Shift+Tab) until focus is on what `is` accepts; fails after `max` presses. */
async function tabTo(page: Page, is: (f: Awaited<ReturnType<typeof focused>>) => boolean | undefined, max = 40, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (is(await focused(page))) return;
  }
  throw new Error(`Focus never reached the control after ${max} presses of ${key}; it is on ${JSON.stringify(await focused(page))}`);
}

const named = (name: string | RegExp) => (f: { name: string }) => (typeof name === 'string' ? f.name === name : name.test(f.name));

/** Waits for focus to be where `check` accepts; a failure names where focus is instead. */
async function expectFocus(page: Page, check: (f: Awaited<ReturnType<typeof focused>>) => boolean | undefined, what: string) {
  const where = async () => {
    const f = await focused(page);
    return check(f) ? 'there' : `elsewhere: ${JSON.stringify(f)}`;
  };
  await expect.poll(where, { message: `focus on ${what}` }).toBe('there');
}

async function addAgencyByKeyboard(page: Page, name: string) {
  await page.keyboard.press('F6');
  // F6 from the inspector goes round to the top bar, then the map's tools: "Add agency" first.
  if ((await focused(page)).name !== 'Add agency') await page.keyboard.press('F6');
  await expectFocus(page, named('Add agency'), 'Add agency');
  await page.keyboard.press('Enter');
  await expectFocus(page, (f) => f.tag === 'input' && f.name === 'Name', 'the new agency’s name');
  await page.keyboard.type(name);
  await page.keyboard.press('Escape');
  // Escape leaves the field for the inspector's heading, never the page's body.
  await expectFocus(page, (f) => f.inspectorHeading && f.text.includes(name), `the heading of ${name}`);
}

test('a whole partnership mapped, shared and exported by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, (f) => f.tag === 'input' && f.name === 'Board title');
  await page.keyboard.type('Discharge to assess, Northshire');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/b\/[^/#]+#.+/);
  await expectLive(page);

  // The first Tab stops of a board are the skip links; then, before the map, its toolbar.
  await page.keyboard.press('Tab');
  await expectFocus(page, named('Skip to the map'), 'the first skip link');
  await tabTo(page, named('Add agency'));
  await page.keyboard.press('Enter');
  await expectFocus(page, (f) => f.tag === 'input' && f.name === 'Name', 'the new agency’s name');
  await page.keyboard.type('Riverside GP');
  await page.keyboard.press('Escape');
  await expectFocus(page, (f) => f.inspectorHeading && f.text.includes('Riverside GP'), 'the agency’s heading');
  await addAgencyByKeyboard(page, 'Adult Social Care');
  await addAgencyByKeyboard(page, 'Northshire Homes');
  await expect(agencies(page)).toHaveCount(3);

  // The map is one Tab stop after the toolbar: Tab enters it on an agency and the next Tab leaves it.
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expectFocus(page, named('Add agency'), 'Add agency');
  await tabTo(page, (f) => !!f.agency, 5);
  await page.keyboard.press('Tab');
  await expectFocus(page, (f) => !f.agency && !f.relationship, 'something after the map');
  await page.keyboard.press('Shift+Tab');
  await expectFocus(page, (f) => !!f.agency, 'the map’s agency');

  // Connect two agencies: C, type the other's name, Enter. Focus lands on the new relationship's heading.
  const from = (await focused(page)).agency!;
  const to = from === 'Adult Social Care' ? 'Riverside GP' : 'Adult Social Care';
  await page.keyboard.press('c');
  await expect(page.getByTestId('connect-banner')).toContainText(`Connecting ${from}`);
  await page.keyboard.type(to.slice(0, 5));
  await expectFocus(page, (f) => f.agency === to, `the agency typed, ${to}`);
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expectFocus(page, (f) => f.inspectorHeading && f.text.includes(from) && f.text.includes(to), 'the new relationship’s heading');
  await expect(page.getByTestId('relationship-inspector')).toBeVisible();

  // An exchange each way, from the inspector's form; Enter adds, focus stays in the form.
  await tabTo(page, (f) => f.tag === 'select' && f.name === 'Who gives');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ref');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Discharge notices');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exchange')).toHaveCount(1);
  await expectFocus(page, (f) => f.tag === 'input' && f.name === 'What, exactly', 'the exchange’s description');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expectFocus(page, (f) => f.tag === 'select' && f.name === 'Who gives', 'who gives');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Staff');
  await page.keyboard.press('Tab');
  await page.keyboard.type('A social worker on the ward');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('exchange')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveAttribute(
    'aria-label',
    new RegExp(`${from} gives ${to} referrals\\. ${to} gives ${from} staff time\\.$`),
  );

  // Select two agencies on the map (Enter, then Ctrl+Enter after an arrow) and form a partnership.
  await page.keyboard.press('Shift+F6');
  await expectFocus(page, (f) => !!f.agency, 'an agency on the map');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agency-inspector')).toBeVisible();
  const first = (await focused(page)).agency!;
  for (const arrow of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(arrow);
    if ((await focused(page)).agency !== first) break;
  }
  await expectFocus(page, (f) => !!f.agency && f.agency !== first, 'another agency, by arrow key');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('selection-inspector')).toContainText('2 agencies selected');
  await page.keyboard.press('F6');
  await expectFocus(page, (f) => f.inspectorHeading && f.text === '2 agencies selected', 'the selection’s heading');
  await tabTo(page, (f) => f.tag === 'input' && f.name === 'Partnership name');
  await page.keyboard.type('Home First');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('partnership-inspector')).toBeVisible();
  await expectFocus(page, (f) => f.inspectorHeading && f.text.includes('Home First'), 'the partnership’s heading');

  // Share the view-only link; closing the dialog gives focus back to Share.
  await page.keyboard.press('F6');
  await expectFocus(page, (f) => f.name === 'Partnermap home', 'the top bar');
  await tabTo(page, named('Share'));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share this board' });
  await expect(dialog).toBeVisible();
  await tabTo(page, named('Copy the view-only link'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('announcer')).toHaveText('View-only link copied.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectFocus(page, named('Share'), 'the Share button again');

  // Export a PNG from the menu (past Versions): arrows to the item, Enter; focus stays on the Export button.
  await tabTo(page, (f) => f.text.startsWith('Export'));
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, (f) => f.name.includes('A4') || f.text.includes('A4') || f.tag === 'button', 'the first item of the menu');
  await tabToItem(page, 'PNG picture');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  await expect(page.getByRole('menu')).toBeHidden();
  await expectFocus(page, (f) => f.text.startsWith('Export'), 'the Export button after the export');
  await expect(page.getByRole('status').filter({ hasText: 'PNG saved' })).toBeVisible();
  await expectFocus(page, (f) => f.text.startsWith('Export'), 'the Export button once the picture is saved');
});

/** Moves down the open menu with the arrow keys to an item. */
async function tabToItem(page: Page, label: string) {
  for (let i = 0; i < 20; i++) {
    if ((await focused(page)).text.startsWith(label)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No menu item ${label}`);
}

/** Opens the seeded five-agency board and goes into the map by F6 from the tools: focus on the first agency in reading order. */
async function intoSeededMap(page: Page, request: APIRequestContext) {
  const { seedBoard } = await import('./seedBoard.ts');
  const { editPath } = await seedBoard(request);
  await page.goto(editPath);
  await expectLive(page);
  await expect(agencies(page)).toHaveCount(5);
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expectFocus(page, (f) => f.agency === 'Riverside Hospital Trust', 'the top-left agency');
}

/** Pans the map with `key` until the agency's card is off it, and so not drawn; returns the card. */
async function panUntilOff(page: Page, name: string, key: string) {
  const card = page.locator('.react-flow__node', { has: page.locator(`[data-agency-name="${name}"]`) });
  for (let i = 0; i < 20 && (await card.count()) > 0; i++) {
    await page.keyboard.press(key);
    await viewAtRest(page);
  }
  await expect(card).toHaveCount(0);
  return card;
}

test('the arrows reach an agency out of view, which the map does not draw: the view goes to it and it takes focus', async ({ page, request }) => {
  await intoSeededMap(page, request);
  // Pan (Shift+Left moves the map right) until its neighbour to the right is off the map, and so not drawn.
  const neighbour = await panUntilOff(page, 'Adult Social Care', 'Shift+ArrowLeft');
  await expectFocus(page, (f) => f.agency === 'Riverside Hospital Trust', 'the same agency, still in view');

  await page.keyboard.press('ArrowRight');
  await expectFocus(page, (f) => f.agency === 'Adult Social Care', 'the neighbour, drawn again');
  await expect(neighbour).toBeInViewport();
});

test('panning the focused agency off the map moves focus to the agency nearest the middle, rather than losing it', async ({ page, request }) => {
  await intoSeededMap(page, request);
  // Pan (Shift+Right moves the map left) until the focused agency, top left, is off the map, and so not drawn.
  await panUntilOff(page, 'Riverside Hospital Trust', 'Shift+ArrowRight');
  await expectFocus(page, (f) => !!f.agency && f.agency !== 'Riverside Hospital Trust', 'an agency still on the map');
  await expect(page.locator('.react-flow__node:focus')).toBeInViewport();
  await expect(page.getByTestId('announcer')).toContainText(', the agency nearest the middle of the map.');
  // The map's keys go on working from there.
  const before = await viewMiddle(page);
  await page.keyboard.press('Shift+ArrowLeft');
  expect(viewDistance(await viewAtRest(page), before), 'the view moved').toBeGreaterThan(10);
  await expectFocus(page, (f) => !!f.agency, 'an agency');
});

test('arrows go to the nearest agency that way, R walks its relationships, and focus is never hidden', async ({ page, request }) => {
  await intoSeededMap(page, request);
  await page.keyboard.press('ArrowRight');
  await expectFocus(page, (f) => f.agency === 'Adult Social Care', 'its neighbour to the right');
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, (f) => f.agency === 'Northshire Homes & Housing', 'the agency below and to the right');
  await page.keyboard.press('ArrowLeft');
  await expectFocus(page, (f) => f.agency === 'Adult Social Care', 'back up-left');

  // R goes through Adult Social Care's relationships; each is read with its degree and exchanges.
  await page.keyboard.press('r');
  await expectFocus(page, (f) => !!f.relationship, 'a relationship');
  const seen = new Set([(await focused(page)).relationship]);
  await page.keyboard.press('r');
  seen.add((await focused(page)).relationship);
  expect([...seen].sort()).toEqual([
    'Relationship between Adult Social Care and Northshire Homes & Housing: Collaboration. No exchanges recorded.',
    'Relationship between Riverside Hospital Trust and Adult Social Care: Integration. Riverside Hospital Trust gives Adult Social Care referrals. One-way.',
  ]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('relationship-inspector')).toBeVisible();

  // Far off to the right: going there brings the agency into view, clear of the panels over the map.
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expectFocus(page, (f) => f.agency === 'Northshire GP Federation' || f.agency === 'Age Concern Northshire', 'the far right');
  const hidden = async () =>
    page.evaluate(() => {
      const el = document.activeElement!.getBoundingClientRect();
      const map = document.getElementById('board-map')!.getBoundingClientRect();
      const panels = [...document.querySelectorAll('#board-map .react-flow__panel, .map-tools')].map((p) => p.getBoundingClientRect());
      const inside = el.left >= map.left && el.right <= map.right && el.top >= map.top && el.bottom <= map.bottom;
      const covered = panels.some((p) => el.left < p.right && p.left < el.right && el.top < p.bottom && p.top < el.bottom);
      return !inside || covered;
    });
  await expect.poll(hidden).toBe(false);

  // Keyboard zoom and pan change the view, and focus stays on the agency.
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const before = await transform();
  await page.keyboard.press('-');
  await expect.poll(transform).not.toBe(before);
  const zoomed = await transform();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(transform).not.toBe(zoomed);
  await expectFocus(page, (f) => !!f.agency, 'the same agency');

  // Delete by keyboard: focus goes to the nearest agency left, not the page's body.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(agencies(page)).toHaveCount(4);
  await expectFocus(page, (f) => !!f.agency, 'the nearest agency left');
});
