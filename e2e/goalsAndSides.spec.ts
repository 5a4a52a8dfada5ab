import { expect, test } from './support/test.ts';
import { expectLive, personNamed } from './support/people.ts';
import { seedBoard } from './seedBoard.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('a review answer typed by one person appears for another, with their name and status', async ({ browser, request }) => {
  const created = await seedBoard(request);
  const amira = await personNamed(browser, 'Amira Khan');
  const ben = await personNamed(browser, 'Ben Okafor', '#d62728');
  for (const p of [amira, ben]) {
    await p.goto(created.editPath);
    await expectLive(p);
  }
  const question = (p: typeof amira) => p.locator('[data-testid="review-question"][data-question="goal"]');
  await question(amira).getByLabel('What is the goal of the partnership?').fill('People leave hospital to their own home, with care in place, the same day.');
  await question(amira).getByRole('radio', { name: 'Agreed' }).check();

  await expect(question(ben).getByLabel('What is the goal of the partnership?')).toHaveValue(
    'People leave hospital to their own home, with care in place, the same day.',
  );
  await expect(question(ben).getByRole('radio', { name: 'Agreed' })).toBeChecked();
  await expect(question(ben).getByTestId('review-changed-by')).toHaveText('Last changed by Amira Khan');
  await amira.screenshot({ path: test.info().outputPath('review.png') });

  // Ben rewords it: the answer is open again, and now his.
  await question(ben).getByLabel('What is the goal of the partnership?').fill('People leave hospital to their own home the same day.');
  await expect(question(amira).getByRole('radio', { name: 'Open' })).toBeChecked();
  await expect(question(amira).getByTestId('review-changed-by')).toHaveText('Last changed by Ben Okafor');
  for (const p of [amira, ben]) await p.context().close();
});

test('where the two sides rate a relationship two steps apart, the map marks it and the inspector shows both', async ({ browser, page, request }) => {
  const created = await seedBoard(request);
  const other = await personNamed(browser, 'Ben Okafor');
  for (const p of [page, other]) {
    await p.goto(created.editPath);
    await expectLive(p);
  }
  await expect(page.getByTestId('sides-marker')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Integration matrix' }).click();
  await page.getByRole('button', { name: 'Riverside Hospital Trust and Adult Social Care' }).click();
  const inspector = page.getByTestId('relationship-inspector');
  const side = (name: string) => inspector.getByRole('group', { name });
  await side('Riverside Hospital Trust').getByLabel('Own rating of integration').selectOption({ label: 'Communication' });
  await side('Adult Social Care').getByLabel('Own rating of integration').selectOption({ label: 'Collaboration' });
  await expect(inspector.getByTestId('sides-warning')).toContainText(
    'Riverside Hospital Trust rates it communication, Adult Social Care collaboration',
  );
  await expect(page.getByRole('button', { name: /Riverside Hospital Trust and Adult Social Care/ }).getByRole('img', { name: 'The two sides disagree' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('sides.png') });

  const marker = other.getByTestId('sides-marker');
  await expect(marker).toHaveCount(1);
  await expect(marker.getByRole('img', { name: 'The two sides disagree' })).toBeVisible();
  await other.screenshot({ path: test.info().outputPath('map-sides.png') });
  await other.context().close();
});
