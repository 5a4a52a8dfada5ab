import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BoardStore } from '../storage/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { authorize } from './boardsApi.ts';
import { sendJson } from './respond.ts';
import { BOARD_ID, type Route } from './routes.ts';

export interface AnalysisDeps {
  store: BoardStore;
  rooms: Rooms;
}

/**
 * GET /api/boards/<id>/analysis.json with a view or edit token (Bearer or ?token=): the board's
 * measures, computed from the live board by the same code as the views, for reports and
 * dashboards. The analysis (and graphology) is loaded on the first request: a server that is never
 * asked for one does not hold it in memory.
 */
export function analysisRoutes({ store, rooms }: AnalysisDeps): Route[] {
  async function analysis(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
    await authorize(store, req, url, id, 'view');
    const { board } = await rooms.read(id);
    const { analyseBoard } = await import('@partnermap/shared/analysis');
    sendJson(res, 200, analyseBoard(board));
  }
  return [{ method: 'GET', pattern: new RegExp(`^/api/boards/${BOARD_ID}/analysis\\.json$`), handler: analysis }];
}
