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

/** `replace` swaps the current history entry, for a link that must not be gone back to. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const l of listeners) l();
}

export function useRoute(): Route {
  const current = useSyncExternalStore(subscribe, href);
  const hashAt = current.indexOf('#');
  return hashAt < 0 ? parseRoute(current, '') : parseRoute(current.slice(0, hashAt), current.slice(hashAt));
}
