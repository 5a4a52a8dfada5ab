import * as encoding from 'lib0/encoding';
import { expect, test, type Page } from './support/test.ts';
import { addAgency as addAgencyToDoc, encodeBoard, openBoardDoc } from '@partnermap/shared/doc';
import { browserCopyHolds, hasBrowserCopy } from './support/browserCopy.ts';
import { addAgency, agencies, agency, createBoard, expectLive, personNamed, shareLinks } from './support/people.ts';

/** A y-websocket sync "update" message adding an agency, built outside any page's UI. */
function craftedAgencyUpdate(name: string): number[] {
  const doc = openBoardDoc();
  addAgencyToDoc(doc, { name, position: { x: 0, y: 0 } });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // sync
  encoding.writeVarUint(encoder, 2); // update
  encoding.writeVarUint8Array(encoder, encodeBoard(doc));
  return [...encoding.toUint8Array(encoder)];
}

const boardPathOf = (link: string) => new URL(link).pathname + new URL(link).hash;

test('a view link shows the map without editing, and the server refuses its edits with the UI bypassed', async ({ browser }, testInfo) => {
  const a = await personNamed(browser, 'Amira Khan');
  await createBoard(a, 'Frailty pathway');
  await addAgency(a, 'Northshire Hospice');
  const links = await shareLinks(a);
  expect(links.view).not.toBe(links.edit);

  const viewer = await personNamed(browser, 'Vic Lowe');
  await viewer.goto(boardPathOf(links.view));
  await expectLive(viewer);
  await expect(agency(viewer, 'Northshire Hospice')).toBeVisible();
  await expect(viewer.getByTestId('view-only-badge')).toHaveText('View only');
  await expect(viewer.getByTestId('legend')).toBeVisible();
  await expect(viewer.getByTestId('peer')).toHaveCount(1);
  // No editing affordances: no adding, no undo, no sharing, read-only fields.
  for (const name of ['Add agency', 'Undo', 'Redo', 'Share', 'Form partnership']) {
    await expect(viewer.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(viewer.getByRole('textbox', { name: 'Board title' })).toBeDisabled();
  await agency(viewer, 'Northshire Hospice').click();
  await expect(viewer.getByTestId('agency-inspector').getByLabel('Name')).toBeDisabled();
  await viewer.keyboard.press('Delete');
  await expect(agency(viewer, 'Northshire Hospice')).toBeVisible();
  await expect(agencies(viewer)).toHaveCount(1);
  const pane = await viewer.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await viewer.mouse.dblclick(pane.x + 200, pane.y + 500);
  await expect(agencies(viewer)).toHaveCount(1);
  const shot = await viewer.screenshot({ path: testInfo.outputPath('view-only.png') });
  await testInfo.attach('view-only', { body: shot, contentType: 'image/png' });

  // Bypassing the UI: a raw socket with the view token sends an update adding an agency.
  const url = new URL(links.view);
  const wsUrl = `ws://${url.host}/ws/${url.pathname.split('/').pop()}?token=${encodeURIComponent(url.hash.slice(1))}`;
  const answer = await viewer.evaluate(
    ({ wsUrl, bytes }) =>
      new Promise<number[]>((resolve, reject) => {
        const ws = new WebSocket(wsUrl);
        ws.binaryType = 'arraybuffer';
        ws.onopen = () => ws.send(new Uint8Array(bytes));
        ws.onerror = () => reject(new Error('socket failed'));
        // Wait for the server's permission-denied answer (message type 2): proof the update was read.
        ws.onmessage = (e) => {
          const data = [...new Uint8Array(e.data as ArrayBuffer)];
          if (data[0] === 2) {
            ws.close();
            resolve(data);
          }
        };
      }),
    { wsUrl, bytes: craftedAgencyUpdate('Sneaked in by a viewer') },
  );
  expect(answer[0]).toBe(2);

  // The editor's next edit reaches the viewer, and the sneaked agency is nowhere.
  await addAgency(a, 'Northshire Council');
  await expect(agency(viewer, 'Northshire Council')).toBeVisible();
  for (const page of [a, viewer]) await expect(agency(page, 'Sneaked in by a viewer')).toHaveCount(0);
  await a.reload();
  await expectLive(a);
  await expect(agencies(a)).toHaveCount(2);
  await expect(agency(a, 'Sneaked in by a viewer')).toHaveCount(0);
});

test('replacing the links locks out the old ones at once, with a plain-words reason', async ({ browser, request }) => {
  // Five people's browsers, one of them waiting out its reconnection attempts: longer than most tests.
  test.setTimeout(120_000);
  const coordinator = await personNamed(browser, 'Amira Khan');
  await createBoard(coordinator, 'Hospital discharge');
  await addAgency(coordinator, 'Northshire Hospice');
  const old = await shareLinks(coordinator);

  const editor = await personNamed(browser, 'Ben Okafor');
  await editor.goto(boardPathOf(old.edit));
  const viewer = await personNamed(browser, 'Chloe Reid');
  await viewer.goto(boardPathOf(old.view));
  // Someone on the old edit link whose Wi-Fi is down while the links are replaced.
  const away = await personNamed(browser, 'Eve Morgan');
  await away.goto(boardPathOf(old.edit));
  for (const page of [editor, viewer, away]) await expectLive(page);
  await away.context().setOffline(true);
  await expect(away.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
  await addAgency(away, 'Added while away');
  const boardId = new URL(old.edit).pathname.split('/').pop()!;

  await coordinator.getByRole('button', { name: 'Share' }).click();
  const dialog = coordinator.getByRole('dialog', { name: 'Share this board' });
  await dialog.getByRole('button', { name: 'Replace links…' }).click();
  const shot = await coordinator.screenshot({ path: test.info().outputPath('share-dialog.png') });
  await test.info().attach('share-dialog', { body: shot, contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Yes, replace both links' }).click();

  // Holders of the old links are disconnected and told why, in plain words; with nothing unsent,
  // the copy of the board in their browser goes (on shared computers it should not linger).
  for (const page of [editor, viewer]) {
    await expect(page.getByRole('heading', { name: 'This board is closed' })).toBeVisible();
    await expect(page.getByText('The coordinator has replaced the links to this board. Ask them for the new link.')).toBeVisible();
    await expect(page.getByText('The copy of the board kept in this browser has been removed.')).toBeVisible();
    await expect.poll(() => hasBrowserCopy(page, boardId)).toBe(false);
  }

  // Back online, the old link is refused (the browser sees only a failed socket): after a couple of
  // tries the page asks whether the link still works, and says plainly that it does not.
  await away.context().setOffline(false);
  await expect(away.getByRole('heading', { name: 'This board is closed' })).toBeVisible({ timeout: 30_000 });
  await expect(away.getByText('The coordinator has replaced the links to this board.')).toBeVisible();
  // The agency added offline never reached the server: this browser keeps it, and says so.
  await expect(away.getByText('Edits made here that never reached the server are kept in this browser')).toBeVisible();
  expect(await browserCopyHolds(away, boardId, 'Added while away')).toBe(true);

  // The coordinator's page moved to the new edit link and is live on it.
  await expect.poll(() => coordinator.url()).not.toBe(old.edit);
  await expectLive(coordinator);
  await expect(agency(coordinator, 'Northshire Hospice')).toBeVisible();
  const fresh = await shareLinks(coordinator);
  expect(fresh.edit).toBe(coordinator.url());
  expect(fresh.view).not.toBe(old.view);

  // The old tokens no longer open the board; the new ones do.
  const id = new URL(old.edit).pathname.split('/').pop();
  for (const link of [old.edit, old.view]) {
    const res = await request.get(`/api/boards/${id}`, { headers: { Authorization: `Bearer ${new URL(link).hash.slice(1)}` } });
    expect(res.status()).toBe(401);
  }
  const late: Page = await personNamed(browser, 'Dev Patel');
  await late.goto(boardPathOf(old.edit));
  await expect(late.getByRole('heading', { name: 'This link does not open the board' })).toBeVisible();
  await late.goto(boardPathOf(fresh.view));
  await expectLive(late);
  await expect(agency(late, 'Northshire Hospice')).toBeVisible();
  await expect(late.getByTestId('view-only-badge')).toBeVisible();
});

test('the edit link alone is enough to share a view-only link, from any device', async ({ browser, request }) => {
  const res = await request.post('/api/boards', { data: { title: 'Made on the office PC' } });
  const created = (await res.json()) as { editPath: string; viewToken: string };
  const laptop = await personNamed(browser, 'Sam Reid');
  await laptop.goto(created.editPath);
  await expectLive(laptop);
  const links = await shareLinks(laptop);
  expect(new URL(links.view).hash.slice(1)).toBe(created.viewToken);

  const viewer = await personNamed(browser, 'Jo Park');
  await viewer.goto(boardPathOf(links.view));
  await expect(viewer.getByTestId('view-only-badge')).toHaveText('View only');
});

test('a board opened before on this device opens at once while its link is checked, and a link replaced since is still refused', async ({ browser, request }) => {
  const coordinator = await personNamed(browser, 'Amira Khan');
  await createBoard(coordinator, 'Falls prevention');
  await addAgency(coordinator, 'Northshire Hospice');
  const old = await shareLinks(coordinator);
  const boardId = new URL(old.edit).pathname.split('/').pop()!;

  const ben = await personNamed(browser, 'Ben Okafor');
  await ben.goto(boardPathOf(old.edit));
  await expectLive(ben);
  await expect(agency(ben, 'Northshire Hospice')).toBeVisible();
  await ben.close();

  // Back on the board later, the link check is slow: the board does not wait for it.
  const again = await ben.context().newPage();
  let checked = false;
  await again.route('**/api/boards/*/access', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 6000));
    checked = true;
    await route.continue();
  });
  await again.goto(boardPathOf(old.edit));
  await expect(agency(again, 'Northshire Hospice')).toBeVisible({ timeout: 4000 });
  await expectLive(again);
  expect(checked).toBe(false);
  await expect(again.getByRole('button', { name: 'Add agency' })).toBeVisible();
  await again.close();

  // The coordinator replaces the links: the link this browser remembers no longer opens the board.
  const replaced = await request.post(`/api/boards/${boardId}/links`, { headers: { Authorization: `Bearer ${new URL(old.edit).hash.slice(1)}` } });
  expect(replaced.status()).toBe(200);
  const late = await ben.context().newPage();
  await late.goto(boardPathOf(old.edit));
  await expect(late.getByRole('heading', { name: 'This link does not open the board' })).toBeVisible();
});

test("a link is checked once as the page opens, and a check that could not reach the server is asked again on 'Try again'", async ({ browser }) => {
  const coordinator = await personNamed(browser, 'Amira Khan');
  await createBoard(coordinator, 'Hospital discharge');
  await addAgency(coordinator, 'Northshire Hospice');
  const { edit } = await shareLinks(coordinator);

  // A device that has not opened the board: the page waits for the check, made once.
  const ben = await personNamed(browser, 'Ben Okafor');
  const checks: string[] = [];
  ben.on('request', (r) => {
    if (r.url().endsWith('/access')) checks.push(r.url());
  });
  await ben.goto(boardPathOf(edit));
  await expectLive(ben);
  await expect(agency(ben, 'Northshire Hospice')).toBeVisible();
  expect(checks).toHaveLength(1);

  // The first check fails to reach the server; trying again checks afresh and opens the board.
  const cara = await personNamed(browser, 'Cara Lewis');
  await cara.route('**/api/boards/*/access', (route) => route.abort('connectionrefused'), { times: 1 });
  await cara.goto(boardPathOf(edit));
  await expect(cara.getByRole('heading', { name: 'The server cannot be reached' })).toBeVisible();
  await cara.getByRole('button', { name: 'Try again' }).click();
  await expectLive(cara);
  await expect(agency(cara, 'Northshire Hospice')).toBeVisible();
});
