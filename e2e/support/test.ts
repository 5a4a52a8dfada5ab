import { test as base, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { APIRequestContext, Browser, BrowserContext, Download, Page, WebSocketRoute } from '@playwright/test';

interface Expected {
  text: RegExp;
  /** Where the message comes from (for network messages, the resource's address). */
  url?: RegExp;
}

/**
 * Console errors the browser itself logs when a test does on purpose what a person's day brings.
 * Each is a network message from Chromium, never the app's own; nothing else may appear.
 */
const EXPECTED: readonly Expected[] = [
  // Opening a replaced or deleted link, the app asks the server whether the link still opens its
  // board (`/access`; the home page asks for the board's summary); Chromium logs the 401 or 404 answer, which the page turns into plain words. An open
  // inspector's "recent changes", asked for with the old link, is refused the same way (and hidden).
  { text: /^Failed to load resource: the server responded with a status of 40[14] /, url: /\/api\/boards\/[^/]+(\/access|\/history\?entity=[^/]+)?$/ },
  // Tests take the network away (offline) or stop the server (restart): requests then fail.
  { text: /^Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE)$/ },
  // And for the service worker's script, fetched once the page is idle (Chromium's own message).
  { text: /^An unknown error occurred when fetching the script\.$/ },
  // The same for the board's socket; a replaced link is also refused at the upgrade (HTTP 401).
  { text: /^WebSocket connection to 'ws:\/\/[^']+\/ws\/[^']+' failed: / },
];

export interface ConsoleGuard {
  /** Lets one test expect a message it provokes on purpose (say why at the call). */
  allow(text: RegExp): void;
}

/**
 * Every test fails on a console error or an uncaught page error, on every page it opens, in any
 * browser context: what a person never sees in the console is an error nobody hears about.
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard }>({
  consoleGuard: [
    async ({ browser, context }, use) => {
      const allowed: RegExp[] = [];
      const errors: string[] = [];
      const expected = (m: ConsoleMessage) =>
        allowed.some((a) => a.test(m.text())) ||
        EXPECTED.some((e) => e.text.test(m.text()) && (!e.url || e.url.test(m.location().url)));
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (m.type() === 'error' && !expected(m)) errors.push(`console.error: ${m.text()} (at ${m.location().url})`);
        });
        page.on('pageerror', (error) => {
          if (!allowed.some((a) => a.test(error.message))) errors.push(`uncaught: ${error.stack ?? error.message}`);
        });
      };
      const watchContext = (c: BrowserContext) => {
        for (const page of c.pages()) watch(page);
        c.on('page', watch);
      };
      watchContext(context);
      const newContext = browser.newContext;
      browser.newContext = async (options) => {
        const c = await newContext.call(browser, options);
        watchContext(c);
        return c;
      };
      try {
        await use({ allow: (text) => void allowed.push(text) });
      } finally {
        browser.newContext = newContext;
      }
      if (errors.length) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
    },
    { auto: true },
  ],
});
