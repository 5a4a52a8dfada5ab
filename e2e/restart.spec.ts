import { expect, test, type Browser, type Page } from './support/test.ts';
import { createBoard } from '../server/test/clients.ts';
import { startServer, tempDataDir, type RunningServer } from '../server/test/serverProcess.ts';

// This test restarts a server of its own, on a port of its own, beside the suite's shared one.
const PORT = Number(process.env.E2E_RESTART_PORT ?? 4174);
const PEOPLE = 6;

async function person(browser: Browser, origin: string, name: string): Promise<Page> {
  const context = await browser.newContext({
    storageState: {
      cookies: [],
      origins: [{ origin, localStorage: [{ name: 'partnermap.person', value: JSON.stringify({ name, colour: '#1f77b4' }) }] }],
    },
  });
  await context.addInitScript(recordSockets);
  return context.newPage();
}

/**
 * Records, inside the page, when the board's socket closes and when a new one is opened, so the
 * test can read the wait each browser chose before reconnecting.
 */
function recordSockets() {
  const Native = window.WebSocket;
  const log: { kind: 'open' | 'close'; at: number }[] = [];
  (window as unknown as { socketLog: typeof log }).socketLog = log;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      if (!String(url).includes('/ws/')) return;
      log.push({ kind: 'open', at: performance.now() });
      this.addEventListener('close', () => log.push({ kind: 'close', at: performance.now() }));
    }
  };
}

/** The wait between the first close after `since` and the next socket the page opened. */
async function firstWait(page: Page, since: number): Promise<number> {
  return page.evaluate((since) => {
    const log = (window as unknown as { socketLog: { kind: string; at: number }[] }).socketLog;
    const close = log.find((e) => e.kind === 'close' && e.at >= since);
    const reopen = close && log.find((e) => e.kind === 'open' && e.at > close.at);
    return reopen && close ? reopen.at - close.at : NaN;
  }, since);
}

test('after a server restart every browser comes back, spread out in time, with edits made meanwhile', async ({ browser }) => {
  test.setTimeout(180_000); // six browsers and a restart: slow on a busy 2-core machine
  const dataDir = tempDataDir();
  let server: RunningServer = await startServer(dataDir, { PORT: String(PORT) });
  const origin = `http://localhost:${PORT}`;
  try {
    const board = await createBoard(server.url, 'Restart drill');
    const pages: Page[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const page = await person(browser, origin, `Person ${i + 1}`);
      await page.goto(`${origin}${board.editPath}`);
      await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', /live|saved/);
      pages.push(page);
    }
    const [first, second] = pages as [Page, Page];

    const before = await Promise.all(pages.map((p) => p.evaluate(() => performance.now())));
    await server.stop();
    await expect(first.getByTestId('connection-status')).toHaveAttribute('data-state', /reconnecting|offline/);
    // An edit made while the server is down is kept on the page...
    await first.getByRole('button', { name: 'Add agency' }).click();
    await first.keyboard.type('Made during the restart');
    await first.keyboard.press('Enter');

    server = await startServer(dataDir, { PORT: String(PORT) });
    for (const page of pages) {
      await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', /live|saved/, { timeout: 30_000 });
    }
    // ...and reaches the others once it is back.
    await expect(second.locator('[data-testid="agency-node"][data-agency-name="Made during the restart"]')).toBeVisible();

    // Jittered backoff: each browser drew its own wait before its first retry, so a workshop's
    // browsers do not all knock in the same instant.
    const waits = await Promise.all(pages.map((p, i) => firstWait(p, before[i]!)));
    expect(waits.every((w) => w >= 100 && w <= 1500)).toBe(true);
    expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(150);
  } finally {
    await server.stop();
  }
});
