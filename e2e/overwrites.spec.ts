import { expect, test, type Page } from './support/test.ts';
import { agency, expectLive, personNamed } from './support/people.ts';
import { seedBoard } from './seedBoard.ts';

const follow = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Follow ${name}`) });

async function rename(page: Page, from: string, to: string) {
  await agency(page, from).click();
  await page.getByTestId('agency-inspector').getByLabel('Name').fill(to);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

test.describe.configure({ timeout: 120_000 });

test('two people rename the same agency while one is offline: the one whose text lost is told who replaced it, and can copy it', async ({
  browser,
  request,
}, testInfo) => {
  const created = await seedBoard(request);
  const a = await personNamed(browser, 'Amira Khan');
  const b = await personNamed(browser, 'Ben Okafor', '#d62728');
  for (const page of [a, b]) {
    await page.goto(created.editPath);
    await expectLive(page);
  }
  await expect(follow(a, 'Ben Okafor')).toBeVisible();
  await expect(follow(b, 'Amira Khan')).toBeVisible();

  await a.context().setOffline(true);
  await expect(a.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
  const texts = { a: 'Adult Social Care (North)', b: 'Adults and Carers Service' };
  await rename(a, 'Adult Social Care', texts.a);
  await rename(b, 'Adult Social Care', texts.b);
  await a.context().setOffline(false);

  // Both screens settle on one of the two names; the merge, not the people, decides which.
  const kept = async (page: Page) => {
    for (const [who, text] of Object.entries(texts)) if ((await agency(page, text).count()) === 1) return who;
    return undefined;
  };
  // Right after reconnecting, A still shows its own text: wait until both screens show the same one.
  const settled = async () => {
    const onA = await kept(a);
    return onA !== undefined && onA === (await kept(b)) ? onA : undefined;
  };
  await expect.poll(settled, { timeout: 60_000 }).toBeDefined();
  const winner = (await settled())!;
  const [loserPage, winnerPage] = winner === 'a' ? [b, a] : [a, b];
  const winnerName = winner === 'a' ? 'Amira Khan' : 'Ben Okafor';
  const lostText = winner === 'a' ? texts.b : texts.a;

  const notice = loserPage.getByRole('alert').filter({ hasText: 'at the same time as you' });
  await expect(notice).toContainText(`${winnerName} changed the name of an agency at the same time as you, and their text was kept`);
  await expect(notice).toContainText(`it now reads “${texts[winner as 'a' | 'b']}”`);
  await expect(notice.getByRole('textbox', { name: 'Your work' })).toHaveValue(lostText);
  await expect(winnerPage.getByTestId('overwrite-notices')).toHaveCount(0);
  await loserPage.screenshot({ path: testInfo.outputPath('overwrite-notice.png') });

  await notice.getByRole('button', { name: 'Copy' }).click();
  await expect(notice.getByRole('button', { name: 'Copied' })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(loserPage.getByTestId('overwrite-notices')).toHaveCount(0);
});

test('a relationship added offline to an agency a colleague removed meanwhile is reported, not lost silently', async ({ browser, request }, testInfo) => {
  const created = await seedBoard(request);
  const a = await personNamed(browser, 'Amira Khan');
  const b = await personNamed(browser, 'Ben Okafor', '#d62728');
  for (const page of [a, b]) {
    await page.goto(created.editPath);
    await expectLive(page);
  }
  await a.context().setOffline(true);
  await expect(a.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
  // Offline, A connects the GP federation to the hospital trust from the inspector.
  await agency(a, 'Northshire GP Federation').click();
  const inspector = a.getByTestId('agency-inspector');
  await inspector.getByLabel('Agency to connect to').selectOption({ label: 'Riverside Hospital Trust' });
  await inspector.getByRole('button', { name: 'Connect' }).click();
  await expect(a.getByTestId('relationship-inspector')).toBeVisible();
  // Meanwhile B removes the hospital trust.
  await agency(b, 'Riverside Hospital Trust').click();
  await b.getByTestId('agency-inspector').getByRole('button', { name: 'Delete agency' }).click();
  await expect(agency(b, 'Riverside Hospital Trust')).toHaveCount(0);

  await a.context().setOffline(false);
  const notice = a.getByRole('alert').filter({ hasText: 'is no longer on the board' });
  await expect(notice).toContainText(
    'The relationship you added between Northshire GP Federation and Riverside Hospital Trust is no longer on the board: Riverside Hospital Trust was removed',
    { timeout: 60_000 },
  );
  await expect(notice.getByRole('textbox', { name: 'Your work' })).toHaveValue(/^Northshire GP Federation and Riverside Hospital Trust: communication/);
  await a.screenshot({ path: testInfo.outputPath('dropped-notice.png') });
});
