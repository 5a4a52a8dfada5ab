import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test.ts';
import { agency, createBoard, expectLive } from './support/people.ts';
import { seedBoard } from './seedBoard.ts';

/** WCAG 2.2 A and AA, the bar for public-sector tools, plus axe's best practices (landmarks, one h1). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every violation axe finds on the page as it is now, in words a failing test can show. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
}

// axe checks every element's colours and names: on a busy 2-core machine one pass can take a minute.
test.describe.configure({ timeout: 300_000 });

async function openSeeded(page: Page, path: string) {
  await page.goto(path);
  await expectLive(page);
  await expect(agency(page, 'Riverside Hospital Trust')).toBeVisible();
}

test('home has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('an empty board has landmarks, a level-one heading and no violations', async ({ page }) => {
  await createBoard(page, 'Hospital discharge in Northshire');
  await expectLive(page);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hospital discharge in Northshire/);
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Map tools' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Board tools' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a board with an agency, a relationship or a partnership selected has no violations', async ({ page, request }) => {
  const { editPath } = await seedBoard(request);
  await openSeeded(page, editPath);
  expect(await violations(page)).toEqual([]);

  await agency(page, 'Riverside Hospital Trust').click();
  await expect(page.getByTestId('agency-inspector')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'with Adult Social Care' }).click();
  await expect(page.getByTestId('relationship-inspector')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: /^Home First team/ }).click();
  await expect(page.getByTestId('partnership-inspector')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the Share dialog and the Export menu have no violations', async ({ page, request }) => {
  const { editPath } = await seedBoard(request);
  await openSeeded(page, editPath);

  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share this board' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a view-only board has no violations', async ({ page, request }) => {
  const { viewPath } = await seedBoard(request);
  await openSeeded(page, viewPath);
  await expect(page.getByTestId('view-only-badge')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await agency(page, 'Adult Social Care').click();
  await expect(page.getByTestId('agency-inspector')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

/** The names Chromium's accessibility tree holds, in the order a screen reader walks them. */
async function readingOrder(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const names: string[] = [];
  const walk = (id: string) => {
    const node = byId.get(id);
    if (!node) return;
    const name = node.name?.value;
    if (!node.ignored && typeof name === 'string' && name) names.push(name);
    for (const child of node.childIds ?? []) walk(child);
  };
  for (const root of nodes.filter((n) => !n.parentId)) walk(root.nodeId);
  await cdp.detach();
  return names;
}

test('screen readers meet the agencies on the map before the relationships between them', async ({ page, request }) => {
  const { editPath } = await seedBoard(request);
  await openSeeded(page, editPath);
  const names = await readingOrder(page);
  const agencies = names.flatMap((n, i) => (n.startsWith('Agency: ') ? [i] : []));
  const relationships = names.flatMap((n, i) => (n.startsWith('Relationship between ') ? [i] : []));
  expect(agencies.length).toBeGreaterThan(1);
  expect(relationships.length).toBeGreaterThan(0);
  expect(Math.max(...agencies)).toBeLessThan(Math.min(...relationships));
  // Each relationship is read with its degree and who gives whom what.
  expect(names[relationships[0]!]).toMatch(/^Relationship between .+: (Communication|Co-ordination|Collaboration|Integration)\. /);
});
