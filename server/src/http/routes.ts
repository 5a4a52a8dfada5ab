import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import { pathOnly } from '../log.ts';
import { HttpError, sendError, sendJson } from './respond.ts';

/** A board id in a route pattern, captured as the handler's first param. */
export const BOARD_ID = '([A-Za-z0-9_-]{22})';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, ...params: string[]) => Promise<void> | void;

export interface Route {
  method: string;
  /** Matched against the path; capture groups become the handler's params. */
  pattern: RegExp;
  handler: Handler;
}

/** A small router: the API is a handful of routes, and anything else is the client app. */
export function createRequestHandler(routes: Route[], fallback: Handler, log: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const started = Date.now();
    try {
      const matching = routes.filter((r) => r.pattern.test(url.pathname));
      if (matching.length === 0 && url.pathname.startsWith('/api/')) return sendError(res, 404, 'No such API route');
      if (matching.length === 0) return await fallback(req, res, url);
      const route = matching.find((r) => r.method === req.method);
      if (!route) return sendError(res, 405, `${req.method} is not allowed here`);
      const params = route.pattern.exec(url.pathname)?.slice(1) ?? [];
      await route.handler(req, res, url, ...params.map((p) => decodeURIComponent(p)));
    } catch (err) {
      if (err instanceof HttpError) {
        sendError(res, err.status, err.message);
      } else {
        log.error({ err, path: pathOnly(req.url) }, 'request failed');
        if (!res.headersSent) sendError(res, 500, 'Something went wrong on the server');
        else res.destroy();
      }
    } finally {
      if (url.pathname.startsWith('/api/')) {
        log.info({ method: req.method, path: url.pathname, status: res.statusCode, ms: Date.now() - started }, 'request');
      }
    }
  };
}

export function healthRoute(isHealthy: () => boolean): Route {
  return {
    method: 'GET',
    pattern: /^\/healthz$/,
    handler: (_req, res) =>
      isHealthy() ? sendJson(res, 200, { status: 'ok' }) : sendJson(res, 503, { status: 'store closed' }),
  };
}
