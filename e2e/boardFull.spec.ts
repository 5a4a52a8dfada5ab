import fs from 'node:fs';
import { expect, test } from './support/test.ts';
import { parseBoardJson } from '@partnermap/shared/formats';
import { createBoard } from '../server/test/clients.ts';
import { startServer, tempDataDir } from '../server/test/serverProcess.ts';
import { logRows } from '../server/test/sqliteFile.ts';
import { agencies, expectLive } from './support/people.ts';

// A server of its own with a small size limit, on a port of its own, beside the suite's shared one.
const PORT = Number(process.env.E2E_FULL_PORT ?? 4175);

test('an edit refused by a full board is dropped on request, and removals then make room', async ({ browser }) => {
  test.setTimeout(120_000);
  const server = await startServer(tempDataDir(), { PORT: String(PORT), MAX_BOARD_BYTES: '20000' });
  const origin = `http://localhost:${PORT}`;
  try {
    const board = await createBoard(server.url, 'Community mental health');
    const context = await browser.newContext({
      storageState: {
        cookies: [],
        origins: [{ origin, localStorage: [{ name: 'partnermap.person', value: JSON.stringify({ name: 'Coordinator', colour: '#1f77b4' }) }] }],
      },
    });
    const page = await context.newPage();
    await page.goto(`${origin}${board.editPath}`);
    await expectLive(page);

    // Agencies with long descriptions, until one takes the board past its limit.
    const full = page.getByRole('heading', { name: 'This board is full' });
    let added = 0;
    while (!(await full.isVisible()) && added < 10) {
      await page.getByRole('button', { name: 'Add agency' }).click();
      await page.keyboard.type(`Service ${added + 1}`);
      await page.getByTestId('agency-inspector').getByLabel('What it does').fill('Crisis support. '.repeat(250));
      await page.keyboard.press('Tab');
      added++;
      await expect(full.or(page.getByTestId('connection-status').and(page.locator('[data-state="saved"]')))).toBeVisible();
    }
    await expect(full).toBeVisible();
    await expect(page.getByText('your latest edit was not saved')).toBeVisible();
    // The refused edit is in this browser's copy: a reload sends it again and is refused again.
    await page.reload();
    await expect(full).toBeVisible();

    // What the server refused can be kept as a file, to import as a new board.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Save this browser.s copy as a file/ }).click();
    const copy = parseBoardJson(fs.readFileSync(await (await download).path(), 'utf8'));
    expect(copy.agencies.filter((a) => a.description.startsWith('Crisis support.')).length).toBe(added);

    await page.getByRole('button', { name: 'Open the board as saved' }).click();
    await expectLive(page);
    await expect(page.getByTestId('refused-dropped')).toBeVisible();
    // The page shows what the server holds, without the refused description.
    const exported = parseBoardJson(await (await fetch(`${server.url}/api/boards/${board.id}/export.json?token=${board.viewToken}`)).text());
    const saved = exported.agencies.length;
    await expect(agencies(page)).toHaveCount(saved);
    expect(saved).toBeGreaterThanOrEqual(3);
    expect(exported.agencies.filter((a) => a.description).length).toBe(added - 1);

    // Removing two agencies is saved, and makes room for another once the server has compacted the board.
    for (const name of ['Service 1', 'Service 2']) {
      await page.locator(`[data-testid="agency-node"][data-agency-name="${name}"]`).click();
      await page.keyboard.press('Delete');
    }
    await expect(agencies(page)).toHaveCount(saved - 2);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'saved');
    // The server rewrites the board without them, however short its log of edits.
    await expect.poll(() => logRows(server.dataDir, board.id), { timeout: 15_000 }).toBe(0);
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.keyboard.type('Made room');
    await page.getByTestId('agency-inspector').getByLabel('What it does').fill('Peer support. '.repeat(250));
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'saved');

    await page.reload();
    await expectLive(page);
    await expect(full).toBeHidden();
    await expect(agencies(page)).toHaveCount(saved - 1);
    await expect(page.locator('[data-testid="agency-node"][data-agency-name="Made room"]')).toBeVisible();
    await context.close();
  } finally {
    await server.stop();
  }
});
