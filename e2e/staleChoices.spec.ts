import { seedBoard, wideBoard } from './seedBoard.ts';
import { agencies, agency, expectLive, personNamed } from './support/people.ts';
import { expect, test } from './support/test.ts';

test('Connect to an agency a colleague has just deleted explains itself, and nothing is thrown', async ({ browser, request }) => {
  const created = await seedBoard(request, wideBoard());
  const amira = await personNamed(browser, 'Amira Khan');
  const ben = await personNamed(browser, 'Ben Okafor', '#d62728');
  for (const page of [amira, ben]) {
    await page.goto(created.editPath);
    await expectLive(page);
  }

  await agency(amira, 'Riverside Hospital Trust').click();
  const inspector = amira.getByTestId('agency-inspector');
  await inspector.getByLabel('Agency to connect to').selectOption({ label: 'Age Concern Northshire' });
  const connect = inspector.getByRole('button', { name: 'Connect', exact: true });
  await expect(connect).toBeEnabled();

  // Meanwhile Ben deletes the agency Amira chose.
  await agency(ben, 'Age Concern Northshire').click();
  await ben.getByRole('button', { name: 'Delete agency' }).click();
  await expect(agencies(amira)).toHaveCount(4);

  await expect(inspector.getByRole('alert')).toHaveText(
    'Age Concern Northshire has just been removed from the board, perhaps by a colleague, so it cannot be connected. Choose another agency.',
  );
  await expect(connect).toBeDisabled();
  await expect(inspector.getByLabel('Agency to connect to')).toHaveValue('');
  const shot = await amira.screenshot({ path: test.info().outputPath('stale-connect.png') });
  await test.info().attach('stale-connect', { body: shot, contentType: 'image/png' });

  // Choosing another agency clears the message and connects as usual.
  await inspector.getByLabel('Agency to connect to').selectOption({ label: 'Northshire GP Federation' });
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await connect.click();
  await expect(amira.getByTestId('relationship-inspector')).toContainText('Northshire GP Federation');
});
