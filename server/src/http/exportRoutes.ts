import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBoardDocFrom } from '../../../shared/src/doc/index.ts';
import {
  EXPORT_FILES,
  ImportError,
  exportFileName,
  parseBoardJson,
  type ExportFileId,
} from '../../../shared/src/formats/index.ts';
import type { Board } from '../../../shared/src/model/board.ts';
import type { BoardStore } from '../storage/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { authorize, storeNewBoard } from './boardsApi.ts';
import { HttpError, readBody, sendJson } from './respond.ts';
import { BOARD_ID, type Handler, type Route } from './routes.ts';

export interface ExportDeps {
  store: BoardStore;
  rooms: Rooms;
  /** Largest JSON export accepted by POST /api/boards/import. */
  maxImportBytes: number;
  /** Holds imports to the same per-address budget as new boards. */
  limitImport: (handler: Handler) => Handler;
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

function exportApi({ store, rooms, maxImportBytes }: ExportDeps) {
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

    /**
     * POST /api/boards/import with a JSON export as the body: a new board with new links, or
     * 400 with every field at fault. Nothing is stored unless the whole file is valid.
     */
    async importJson(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const text = (await readBody(req, maxImportBytes)).toString('utf8');
      let board: Board;
      try {
        board = parseBoardJson(text);
      } catch (err) {
        if (!(err instanceof ImportError)) throw err;
        return sendJson(res, 400, { error: err.message, problems: err.problems });
      }
      sendJson(res, 201, await storeNewBoard(store, createBoardDocFrom(board)));
    },
  };
}

/** The routes to add to the server's list. */
export function exportRoutes(deps: ExportDeps): Route[] {
  const api = exportApi(deps);
  const files = Object.keys(FILES).map((f) => f.replace('.', '\\.')).join('|');
  return [
    { method: 'GET', pattern: new RegExp(`^/api/boards/${BOARD_ID}/(${files})$`), handler: api.download },
    { method: 'POST', pattern: /^\/api\/boards\/import$/, handler: deps.limitImport(api.importJson) },
  ];
}

/** The download name, with an ASCII fallback for old clients. */
function attachment(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9 ._-]+/g, '').trim().replace(/\s+/g, '-') || 'board';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
