import type { IncomingMessage } from 'node:http';
import { HttpError } from './respond.ts';

/**
 * `application/json`, with at most a UTF-8 charset: JSON is UTF-8 (RFC 8259), and a browser
 * cannot send this type cross-site without a CORS preflight, which this server never grants.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => {
    const [name, value] = param.split('=').map((s) => s.trim());
    return name === 'charset' && /^"?utf-?8"?$/.test(value ?? '');
  });
}

/** A request that carries a body at all: a length above zero, or a chunked one. */
function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * Refuses (415) a POST whose body is not declared JSON. A POST with neither a body nor a type
 * (replace links) passes: a cross-site form always declares a type, so it cannot slip through.
 */
export function requireJsonBody(req: IncomingMessage): void {
  if (req.method !== 'POST' || (!hasBody(req) && req.headers['content-type'] === undefined)) return;
  if (!isJsonContentType(req.headers['content-type'])) {
    throw new HttpError(415, 'The request body must be JSON, sent as Content-Type: application/json');
  }
}
