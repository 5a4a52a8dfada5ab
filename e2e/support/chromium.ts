/**
 * The Chromium that tests and the browser benchmark drive: Debian's, never a downloaded one. The
 * flags keep it headless and quiet: without the background-networking ones it floods a closed network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Each new context is a new window, whose address bar's popup Chromium loads as a web page in a
  // renderer of its own: about a second of CPU, on a 2-core machine, in the middle of the page's load.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
