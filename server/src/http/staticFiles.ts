import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { sendError } from './respond.ts';

/** Serves the built client; any unknown path gets index.html so the client's router decides. */
export function staticFiles(dir: string) {
  if (!fs.existsSync(`${dir}/index.html`)) {
    return (_req: IncomingMessage, res: ServerResponse) =>
      sendError(res, 503, 'The app has not been built: run "npm run build" (npm start does it for you)');
  }
  const serve = sirv(dir, { single: true, etag: true, gzip: false });
  return (req: IncomingMessage, res: ServerResponse) =>
    serve(req, res, () => sendError(res, 404, 'Not found'));
}
