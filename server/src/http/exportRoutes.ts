import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBoardDocFrom, encodeBoard } from '../../../shared/src/doc/index.ts';
import {
  ImportError,
  boardToCsv,
  boardToGexf,
  boardToGraphml,
  boardToJson,
  parseBoardJson,
} from '../../../shared/src/formats/index.ts';
import type { Board } from '../../../shared/src/model/board.ts';
import type { BoardStore } from '../storage/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { authorize, storeNewBoard } from './boardsApi.ts';
import { HttpError, readBody, sendJson } from './respond.ts';
import type { Route } from './routes.ts';

export interface ExportDeps {
  store: BoardStore;
  rooms: Rooms;
  /** Largest JSON export accepted by POST /api/boards/import. */
  maxImportBytes: number;
}

/**
 * The export files a board offers, by the last part of the URL. CSV is three files, served one
 * per URL rather than zipped; `export.csv` is the agencies file, the one most people want.
 */
const FILES: Record<string, { type: string; extension: string; write: (board: Board) => string }> = {
  'export.json': { type: 'application/json', extension: 'json', write: (b) => boardToJson(b) },
  'export.gexf': { type: 'application/gexf+xml', extension: 'gexf', write: (b) => boardToGexf(b) },
  'export.graphml': { type: 'application/graphml+xml', extension: 'graphml', write: boardToGraphml },
  'export.csv': { type: 'text/csv', extension: 'csv', write: (b) => boardToCsv(b)['agencies.csv'] },
  'agencies.csv': { type: 'text/csv', extension: 'agencies.csv', write: (b) => boardToCsv(b)['agencies.csv'] },
  'relationships.csv': {
    type: 'text/csv',
    extension: 'relationships.csv',
    write: (b) => boardToCsv(b)['relationships.csv'],
  },
  'exchanges.csv': { type: 'text/csv', extension: 'exchanges.csv', write: (b) => boardToCsv(b)['exchanges.csv'] },
};

export function exportApi({ store, rooms, maxImportBytes }: ExportDeps) {
  return {
    /** GET /api/boards/<id>/<file>, with a view or edit token (Bearer or ?token=). */
    async download(req: IncomingMessage, res: ServerResponse, url: URL, id: string, file: string): Promise<void> {
      const format = FILES[file];
      if (!format) throw new HttpError(404, `No export called ${file}`);
      await authorize(store, req, url, id, 'view');
      const { board } = await rooms.read(id);
      const body = format.write(board);
      res.writeHead(200, {
        'content-type': `${format.type}; charset=utf-8`,
        'content-length': Buffer.byteLength(body),
        'content-disposition': attachment(board.meta.title, format.extension),
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
      const doc = createBoardDocFrom(board);
      const created = await storeNewBoard(store, encodeBoard(doc));
      doc.destroy();
      sendJson(res, 201, created);
    },
  };
}

/** The routes to add to the server's list; `board` is its capture pattern for a board id. */
export function exportRoutes(deps: ExportDeps, board: string): Route[] {
  const api = exportApi(deps);
  const files = Object.keys(FILES).map((f) => f.replace('.', '\\.')).join('|');
  return [
    { method: 'GET', pattern: new RegExp(`^/api/boards/${board}/(${files})$`), handler: api.download },
    { method: 'POST', pattern: /^\/api\/boards\/import$/, handler: api.importJson },
  ];
}

/** A download name from the board title, with an ASCII fallback for old clients. */
function attachment(title: string, extension: string): string {
  const base = title.trim() || 'board';
  const ascii = base.replace(/[^A-Za-z0-9 _-]+/g, '').trim().replace(/\s+/g, '-') || 'board';
  const encoded = encodeURIComponent(`${base}.${extension}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}
