import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPORT_FILES, exportFileName, type ExportFileId } from '@partnermap/shared/formats';
import type { BoardStore } from '../storage/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { authorize } from './boardsApi.ts';
import { HttpError } from './respond.ts';
import { BOARD_ID, type Route } from './routes.ts';

export interface ExportDeps {
  store: BoardStore;
  rooms: Rooms;
}

/**
 * The export files a board offers, by the last part of the URL. CSV is three files, served one
 * per URL rather than zipped; `export.csv` is the agencies file, the one most people want.
 */
const FILES: Record<string, ExportFileId> = {
  'export.json': 'json',
  'export.gexf': 'gexf',
  'export.graphml': 'graphml',
  'export.csv': 'agencies-csv',
  'agencies.csv': 'agencies-csv',
  'relationships.csv': 'relationships-csv',
  'exchanges.csv': 'exchanges-csv',
};

function exportApi({ store, rooms }: ExportDeps) {
  return {
    /** GET /api/boards/<id>/<file>, with a view or edit token (Bearer or ?token=). */
    async download(req: IncomingMessage, res: ServerResponse, url: URL, id: string, file: string): Promise<void> {
      const fileId = FILES[file];
      if (!fileId) throw new HttpError(404, `No export called ${file}`);
      await authorize(store, req, url, id, 'view');
      const { board } = await rooms.read(id);
      const format = EXPORT_FILES[fileId];
      const body = format.write(board);
      res.writeHead(200, {
        'content-type': `${format.type}; charset=utf-8`,
        'content-length': Buffer.byteLength(body),
        'content-disposition': attachment(exportFileName(board.meta.title, fileId)),
        'cache-control': 'no-store',
      });
      res.end(body);
    },
  };
}

/** The routes to add to the server's list. */
export function exportRoutes(deps: ExportDeps): Route[] {
  const api = exportApi(deps);
  const files = Object.keys(FILES).map((f) => f.replace('.', '\\.')).join('|');
  return [
    { method: 'GET', pattern: new RegExp(`^/api/boards/${BOARD_ID}/(${files})$`), handler: api.download },
  ];
}

/** The download name, with an ASCII fallback for old clients. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9 ._-]+/g, '').trim().replace(/\s+/g, '-') || 'board';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
