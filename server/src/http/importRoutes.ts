import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBoardDocFrom } from '@partnermap/shared/doc';
import { ImportError, parseBoardJson } from '@partnermap/shared/formats';
import type { Board } from '@partnermap/shared/model';
import type { BoardStore } from '../storage/store.ts';
import { storeNewBoard } from './boardsApi.ts';
import { readBody, sendJson } from './respond.ts';
import type { Handler, Route } from './routes.ts';

export interface ImportDeps {
  store: BoardStore;
  /** Largest JSON export accepted by POST /api/boards/import. */
  maxImportBytes: number;
  /** Holds imports to the same per-address budget as new boards. */
  limitImport: (handler: Handler) => Handler;
}

function importApi({ store, maxImportBytes }: Pick<ImportDeps, 'store' | 'maxImportBytes'>) {
  return {
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
export function importRoutes(deps: ImportDeps): Route[] {
  const api = importApi(deps);
  return [{ method: 'POST', pattern: /^\/api\/boards\/import$/, handler: deps.limitImport(api.importJson) }];
}
