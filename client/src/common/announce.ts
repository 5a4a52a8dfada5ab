/**
 * Polite announcements for screen readers: selection changes, colleagues joining, "Copied".
 * One visually hidden live region, inside the page's `main` so that it sits in a landmark,
 * made on first use and again if the page it was in has gone.
 */
let region: HTMLElement | undefined;
let pending: ReturnType<typeof setTimeout> | undefined;

function liveRegion(): HTMLElement {
  const host = document.querySelector('main') ?? document.body;
  if (!region || !host.contains(region)) {
    region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.className = 'visually-hidden';
    region.dataset.testid = 'announcer';
    host.append(region);
  }
  return region;
}

/** Says `message` politely (after what is being read). The same message twice is said twice. */
export function announce(message: string): void {
  const live = liveRegion();
  live.textContent = '';
  if (pending !== undefined) clearTimeout(pending);
  // A short pause between emptying and filling, so screen readers notice a repeated message.
  pending = setTimeout(() => {
    live.textContent = message;
    pending = undefined;
  }, 60);
}
