import type { ServerResponse } from 'node:http';

/**
 * The page's own origin for everything. Beyond the directives every answer must carry:
 * - `ws: wss:` in connect-src: the sync socket (older browsers do not count ws: as 'self').
 * - `data: blob:` in img-src: the inline favicon, and html-to-image draws the export through
 *   a data: SVG and hands out a blob: PNG.
 * - `'unsafe-inline'` in style-src: React Flow and React set style attributes on every node.
 * - `object-src 'none'`: no plugin content, ever (stricter than the default-src fallback).
 * - `base-uri 'none'` and `form-action 'self'`: neither falls back to default-src, and an
 *   injected <base> or form could otherwise send relative URLs or form fields elsewhere.
 * Scripts, the service worker (worker-src) and fonts fall back to default-src 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Set before any handler runs, so every answer carries them, whoever writes it. */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
