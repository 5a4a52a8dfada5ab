import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import { pathOnly } from '../log.ts';
import { requireJsonBody } from './contentType.ts';
import { HttpError, sendError } from './respond.ts';
import { setSecurityHeaders } from './securityHeaders.ts';

/** A board id in a route pattern, captured as the handler's first param. */
export const BOARD_ID = '([A-Za-z0-9_-]{22})';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, ...params: string[]) => Promise<void> | void;

export interface Route {
  method: string;
  /** Matched against the path; capture groups become the handler's params. */
  pattern: RegExp;
  handler: Handler;
}

/** The request target as a URL; scanners send targets such as `//[` that are none (400). */
function parseTarget(target = '/'): URL {
  try {
    return new URL(target, 'http://localhost');
  } catch {
    throw new HttpError(400, 'The request target is not a valid address');
  }
}

/** A path param as text; a malformed percent-escape is the client's mistake (400). */
function decodeParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    throw new HttpError(400, 'The address has a malformed %-escape');
  }
}

/**
 * A small router: the API is a handful of routes, and anything else is the client app. All
 * parsing of the request (target, params, body type) happens inside its error handling, and the
 * returned function never rejects, so no request can take the process down.
 */
export function createRequestHandler(routes: Route[], fallback: Handler, log: Logger) {
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const started = Date.now();
    let path: string | undefined;
    try {
      const url = parseTarget(req.url);
      path = url.pathname;
      const matching = routes.filter((r) => r.pattern.test(url.pathname));
      if (matching.length === 0 && url.pathname.startsWith('/api/')) return sendError(res, 404, 'No such API route');
      if (matching.length === 0) return await fallback(req, res, url);
      const route = matching.find((r) => r.method === req.method);
      if (!route) return sendError(res, 405, `${req.method} is not allowed here`);
      requireJsonBody(req);
      const params = route.pattern.exec(url.pathname)?.slice(1) ?? [];
      await route.handler(req, res, url, ...params.map(decodeParam));
    } catch (err) {
      if (!(err instanceof HttpError)) log.error({ err, path: pathOnly(req.url) }, 'request failed');
      if (res.headersSent) res.destroy();
      else if (err instanceof HttpError) sendError(res, err.status, err.message, err.headers);
      else sendError(res, 500, 'Something went wrong on the server');
    } finally {
      if (path?.startsWith('/api/')) {
        log.info({ method: req.method, path, status: res.statusCode, ms: Date.now() - started }, 'request');
      }
    }
  }
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      log.error({ err, path: pathOnly(req.url) }, 'answering a request failed');
      res.destroy();
    });
  };
}
