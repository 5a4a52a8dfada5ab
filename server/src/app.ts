import http from 'node:http';
import path from 'node:path';
import type { Config } from './config.ts';
import { singleInstanceFanout, type Fanout } from './fanout/fanout.ts';
import { analysisRoutes } from './http/analysisRoutes.ts';
import { boardsApi } from './http/boardsApi.ts';
import { exportRoutes } from './http/exportRoutes.ts';
import { reportRoutes } from './http/reportRoutes.ts';
import { BOARD_ID, createRequestHandler, healthRoute, type Route } from './http/routes.ts';
import { staticFiles } from './http/staticFiles.ts';
import type { Logger } from './log.ts';
import { SqliteStore } from './storage/sqlite.ts';
import type { BoardStore } from './storage/store.ts';
import { Rooms } from './sync/rooms.ts';
import { createSyncServer } from './sync/upgrade.ts';

/** Wires storage, sync and HTTP into one server on one port. */
export function createApp(config: Config, log: Logger) {
  const store: BoardStore = new SqliteStore(path.join(config.dataDir, 'partnermap.sqlite'), config.compactAfterUpdates);
  const fanout: Fanout = singleInstanceFanout;
  const rooms = new Rooms({ store, fanout, log }, config.unloadAfterMs);
  const sync = createSyncServer({
    store,
    rooms,
    log,
    maxMessageBytes: config.maxMessageBytes,
    maxConnectionsPerBoard: config.maxConnectionsPerBoard,
    pingIntervalMs: config.pingIntervalMs,
  });
  const boards = boardsApi({ store, rooms, maxBodyBytes: config.maxMessageBytes });

  const routes: Route[] = [
    healthRoute(() => store.isOpen()),
    { method: 'POST', pattern: /^\/api\/boards$/, handler: boards.create },
    { method: 'GET', pattern: new RegExp(`^/api/boards/${BOARD_ID}$`), handler: boards.info },
    { method: 'DELETE', pattern: new RegExp(`^/api/boards/${BOARD_ID}$`), handler: boards.remove },
    { method: 'POST', pattern: new RegExp(`^/api/boards/${BOARD_ID}/links$`), handler: boards.replaceLinks },
    ...exportRoutes({ store, rooms, maxImportBytes: config.maxMessageBytes }),
    ...analysisRoutes({ store, rooms }),
    ...reportRoutes({ store, rooms }),
  ];
  const server = http.createServer(createRequestHandler(routes, staticFiles(config.staticDir), log));
  server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));

  return {
    server,
    /** Stops taking connections, tells clients, stores what was accepted, then closes the store. */
    async close(): Promise<void> {
      server.close();
      await sync.close();
      await rooms.closeAll();
      await fanout.close();
      await store.close();
      server.closeAllConnections();
    },
  };
}
