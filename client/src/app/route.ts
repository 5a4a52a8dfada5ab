/** Which page an address leads to: a pure function of the address, apart from the router's hooks (and React). */

/** The two pages. The board token lives in the fragment so page requests never carry it. */
export type Route = { page: 'home' } | { page: 'board'; id: string; token: string } | { page: 'missing' };

export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const match = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return { page: 'missing' };
  try {
    return { page: 'board', id: decodeURIComponent(match[1]), token: decodeURIComponent(hash.replace(/^#/, '')) };
  } catch {
    // A mangled link ("%E0"): no board, rather than a page that fails to start.
    return { page: 'missing' };
  }
}
