import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route.ts';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}

const href = () => window.location.pathname + window.location.hash;

function routeOf(current: string): Route {
  const hashAt = current.indexOf('#');
  return hashAt < 0 ? parseRoute(current, '') : parseRoute(current.slice(0, hashAt), current.slice(hashAt));
}

/** The page the address leads to now. */
export const currentRoute = (): Route => routeOf(href());

const openers = new Set<(route: Route) => void>();

/**
 * Calls `open` with the new route whenever the address changes, before React renders the page
 * (for work a page needs started early, as main.tsx does for the page the app opens on). To be
 * called before the app first renders, so that its window listeners run before React's.
 */
export function onRouteChange(open: (route: Route) => void): void {
  openers.add(open);
  const changed = () => open(currentRoute());
  window.addEventListener('popstate', changed);
  window.addEventListener('hashchange', changed);
}

/** `replace` swaps the current history entry, for a link that must not be gone back to. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const open of openers) open(currentRoute());
  for (const l of listeners) l();
}

export function useRoute(): Route {
  return routeOf(useSyncExternalStore(subscribe, href));
}
