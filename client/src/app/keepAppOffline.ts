let asked = false;

/**
 * Registers the service worker that keeps the app for offline reloads (client/public/sw.js), once
 * the page has done its first work and the browser is idle: installing it fetches the page and
 * every script again, which on a first visit competed with opening a big board for the machine.
 * Not in development, where Vite serves changing files under the same names.
 */
export function keepAppForOffline(): void {
  if (asked || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  asked = true;
  // Failing (the server unreachable just then), it is asked again when a board is next shown with the server reachable.
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => (asked = false));
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
  else setTimeout(register, 1000);
}
