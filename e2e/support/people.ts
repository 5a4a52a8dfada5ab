import { expect, test, type Browser, type Page } from './test.ts';

const origin = () => new URL(test.info().project.use.baseURL ?? '').origin;

/** A browser of its own (a separate person on a separate device), with a display name already given. */
export async function personNamed(browser: Browser, name: string, colour = '#2ca02c'): Promise<Page> {
  const context = await browser.newContext({
    storageState: {
      cookies: [],
      origins: [{ origin: origin(), localStorage: [{ name: 'partnermap.person', value: JSON.stringify({ name, colour }) }] }],
    },
  });
  return context.newPage();
}

/** A browser that has never been to Partnermap: it will be asked for a name. */
export async function newcomer(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

export async function expectLive(page: Page) {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', /live|saved/);
}

/** Creates a board from the home page, as a coordinator does; the page ends on the board. */
export async function createBoard(page: Page, title: string) {
  await page.goto('/');
  await page.getByLabel('Board title').fill(title);
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page).toHaveURL(/\/b\/[^/#]+#.+/);
}

/** The links from the Share dialog of a coordinator's page. */
export async function shareLinks(page: Page): Promise<{ edit: string; view: string }> {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this board' });
  const edit = await dialog.getByRole('textbox', { name: 'Edit link' }).inputValue();
  const view = await dialog.getByRole('textbox', { name: 'View-only link' }).inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  return { edit, view };
}

export const agency = (page: Page, name: string) => page.locator(`[data-testid="agency-node"][data-agency-name="${name}"]`);
export const agencies = (page: Page) => page.getByTestId('agency-node');

/** Adds an agency from the toolbar and names it; the name field is left (Escape) so shortcuts reach the board. */
export async function addAgency(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add agency' }).click();
  const field = page.getByTestId('agency-inspector').getByLabel('Name');
  await expect(field).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Escape');
  await expect(agency(page, name)).toBeVisible();
}

/** Drags from a handle of one agency onto a handle of the other, as a person would with a mouse. */
export async function connect(page: Page, from: string, to: string) {
  await agency(page, from).hover();
  const start = await agency(page, from).getByTestId('handle-right').boundingBox();
  const end = await agency(page, to).getByTestId('handle-left').boundingBox();
  if (!start || !end) throw new Error('handles not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}
