import { useSyncExternalStore } from 'react';

/** The two pages. The board token lives in the fragment so page requests never carry it. */
export type Route = { page: 'home' } | { page: 'board'; id: string; token: string } | { page: 'missing' };

export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const match = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) return { page: 'board', id: decodeURIComponent(match[1]), token: decodeURIComponent(hash.replace(/^#/, '')) };
  return { page: 'missing' };
}

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
