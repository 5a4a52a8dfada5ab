import { expect, test, type Page, type WebSocketRoute } from './support/test.ts';
import { browserCopyHolds } from './support/browserCopy.ts';
import { addAgency, agencies, agency, createBoard, expectLive, personNamed } from './support/people.ts';

/** Whether the browser's copy of the page's board holds this text. */
function offlineCopyHolds(page: Page, text: string): Promise<boolean> {
  return browserCopyHolds(page, new URL(page.url()).pathname.split('/').pop() ?? '', text);
}

test("edits made offline are kept and merge when the connection returns, and a colleague's concurrent edit survives", async ({
  browser,
}, testInfo) => {
  const a = await personNamed(browser, 'Amira Khan');
  const b = await personNamed(browser, 'Ben Okafor');
  await createBoard(a, 'Mental health crisis care');
  await addAgency(a, 'Northshire Police');
  // The app keeps itself for offline reloads once its service worker runs the page.
  await a.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Its files, and those its scripts load later: the overview's painter, the analysis.
  const kept = () =>
    a.evaluate(async () => {
      const files = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)));
      return files.flat();
    });
  await expect.poll(kept).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/overview\.worker-/), expect.stringMatching(/^\/assets\/analysis-/)]));
  await b.goto(a.url());
  await expectLive(b);
  await expect(agency(b, 'Northshire Police')).toBeVisible();

  // A's Wi-Fi drops: the page says so plainly, and A keeps working.
  await a.context().setOffline(true);
  const banner = a.getByTestId('connection-banner');
  await expect(banner).toContainText('You are offline');
  await expect(banner).toContainText('edits are kept');
  await expect(a.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
  await agency(a, 'Northshire Police').click();
  await a.getByTestId('agency-inspector').getByLabel('Name').fill('Northshire Police, street triage');
  await a.keyboard.press('Escape');
  await a.keyboard.press('Escape');
  await addAgency(a, 'Crisis cafe (voluntary sector)');
  // A reload while offline shows the last state, A's offline edits included, from the browser's copy
  // (once it is written: IndexedDB is asynchronous, and a reload aborts a write under way).
  await expect.poll(() => offlineCopyHolds(a, 'Crisis cafe (voluntary sector)')).toBe(true);
  await a.reload();
  await expect(agency(a, 'Northshire Police, street triage')).toBeVisible();
  await expect(agency(a, 'Crisis cafe (voluntary sector)')).toBeVisible();
  await expect(a.getByTestId('connection-banner')).toContainText('You are offline');
  const shot = await a.screenshot({ path: testInfo.outputPath('offline-banner.png') });
  await testInfo.attach('offline-banner', { body: shot, contentType: 'image/png' });

  // Meanwhile B, still online, adds an agency of their own; A does not see it yet.
  await addAgency(b, 'Northshire mental health trust');
  await expect(agencies(b)).toHaveCount(2);
  await expect(agency(b, 'Crisis cafe (voluntary sector)')).toHaveCount(0);

  // A is back: both edits are on both screens, and A's page says they are saved.
  await a.context().setOffline(false);
  await expect(banner).toBeHidden({ timeout: 30_000 });
  for (const page of [a, b]) {
    await expect(agencies(page)).toHaveCount(3);
    await expect(agency(page, 'Crisis cafe (voluntary sector)')).toBeVisible();
    await expect(agency(page, 'Northshire mental health trust')).toBeVisible();
    await expect(agency(page, 'Northshire Police, street triage')).toBeVisible();
  }
  await expect(a.getByTestId('connection-status')).toHaveAttribute('data-state', 'saved');
  // B's edit, which reached A from the server, is in A's copy too.
  await expect.poll(() => offlineCopyHolds(a, 'Northshire mental health trust')).toBe(true);

  // Saved means stored: a browser that has never seen the board gets all of it from the server.
  const c = await personNamed(browser, 'Chloe Reid');
  await c.goto(a.url());
  await expect(agencies(c)).toHaveCount(3);
});

test('the top bar says "Saving…" until the server confirms the edit is stored, then "All changes saved"', async ({ page }) => {
  // Stand between the page and the server, holding back the server's "stored" answers (message type 4).
  let holding = true;
  const held: Buffer[] = [];
  let toPage: WebSocketRoute | undefined;
  await page.routeWebSocket(/\/ws\//, (ws) => {
    toPage = ws;
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      if (holding && typeof m !== 'string' && m[0] === 4) held.push(m);
      else ws.send(m);
    });
  });
  await createBoard(page, 'Carers support');
  await expectLive(page);

  await addAgency(page, 'Carers centre');
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveAttribute('data-state', 'saving');
  await expect(status).toHaveText('Saving…');
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect(status).toHaveAttribute('data-state', 'saving');

  holding = false;
  for (const m of held) toPage?.send(m);
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status).toHaveText('All changes saved');
});
