import type { WebsocketProvider } from 'y-websocket';
import { FINAL_CLOSE_CODES } from '@partnermap/shared/protocol';
import { reconnectDelay } from './backoff.ts';

/** After this many failed attempts in a row, ask whether the link still opens the board. */
const ATTEMPTS_BEFORE_CHECKING_LINK = 2;

interface Options {
  onOnline: (online: boolean) => void;
  /**
   * A close code if the link no longer opens the board. A replaced link is refused at the
   * upgrade (HTTP 401), which the browser reports only as close 1006, like any network failure.
   */
  checkLink: () => Promise<number | undefined>;
  /** The link is refused for good: no more retries. */
  onFinal: (code: number) => void;
}

/**
 * Takes reconnecting over from y-websocket, whose backoff has no jitter, and follows the
 * browser's online/offline events: Chromium may keep a dead socket open for 30 s otherwise.
 * Returns a function that stops managing (the provider is destroyed separately).
 */
export function manageReconnect(provider: WebsocketProvider, { onOnline, checkLink, onFinal }: Options): () => void {
  let stopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const retryLater = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (navigator.onLine) provider.connect();
    }, delay);
  };

  const onClose = (event: CloseEvent | null) => {
    // A close we made ourselves (offline, or leaving the page) has already set shouldConnect.
    if (!provider.shouldConnect) return;
    // Makes the reconnect y-websocket has just scheduled a no-op; ours below replaces it.
    provider.shouldConnect = false;
    if (event && FINAL_CLOSE_CODES.has(event.code)) return;
    if (!navigator.onLine) return;
    const delay = reconnectDelay(attempt++);
    if (attempt <= ATTEMPTS_BEFORE_CHECKING_LINK) {
      retryLater(delay);
      return;
    }
    void checkLink().then((finalCode) => {
      if (stopped || !navigator.onLine) return;
      if (finalCode === undefined) retryLater(delay);
      else onFinal(finalCode);
    });
  };
  const onSync = (synced: boolean) => {
    if (synced) attempt = 0;
  };
  const goOffline = () => {
    clearTimeout(timer);
    onOnline(false);
    provider.disconnect();
  };
  const goOnline = () => {
    onOnline(true);
    attempt = 0;
    // Everyone on the same Wi-Fi comes back at once: spread even the first attempt.
    retryLater(reconnectDelay(0));
  };

  provider.on('connection-close', onClose);
  provider.on('sync', onSync);
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  if (!navigator.onLine) goOffline();
  return () => {
    stopped = true;
    clearTimeout(timer);
    provider.off('connection-close', onClose);
    provider.off('sync', onSync);
    window.removeEventListener('offline', goOffline);
    window.removeEventListener('online', goOnline);
  };
}
