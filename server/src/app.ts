import http from 'node:http';
import type { Config } from './config.ts';
import { singleInstanceFanout, type Fanout } from './fanout/fanout.ts';
import { analysisRoutes } from './http/analysisRoutes.ts';
import { boardsApi } from './http/boardsApi.ts';
import { answerClientError } from './http/clientError.ts';
import { exportRoutes } from './http/exportRoutes.ts';
import { healthRoute } from './http/health.ts';
import { importRoutes } from './http/importRoutes.ts';
import { Metrics, metricsRoute } from './http/metrics.ts';
import { limitPerAddress } from './http/rateLimit.ts';
import { reportRoutes } from './http/reportRoutes.ts';
import { BOARD_ID, createRequestHandler, type Route } from './http/routes.ts';
import { staticFiles } from './http/staticFiles.ts';
import { versionRoutes } from './http/versionRoutes.ts';
import type { Logger } from './log.ts';
import { MeasuredStore } from './storage/measuredStore.ts';
import { openStore } from './storage/openStore.ts';
import type { BoardStore } from './storage/store.ts';
import { Rooms } from './sync/rooms.ts';
import { createSyncServer } from './sync/syncServer.ts';

/** Wires storage, fan-out, sync and HTTP into one server on one port. Rejects if the store cannot be opened. */
export async function createApp(config: Config, log: Logger) {
  const metrics = new Metrics(() => rooms.stats());
  const store: BoardStore = new MeasuredStore(await openStore(config, log), metrics);
  if (config.redisUrl && !config.databaseUrl) {
    log.warn('REDIS_URL is set without DATABASE_URL: instances must then share one SQLite file on one machine');
  }
  // The Redis client is loaded only when used: it is memory a single instance never needs.
  const fanout: Fanout = config.redisUrl
    ? new (await import('./fanout/redis.ts')).RedisFanout(config.redisUrl, log, { observeLag: (ms) => metrics.fanoutReceived(ms) })
    : singleInstanceFanout;
  const rooms = new Rooms(
    { store, fanout, log, maxBoardBytes: config.maxBoardBytes, recheckAccess: (id) => sync.recheckAccess(id) },
    config.unloadAfterMs,
  );
  const sync = createSyncServer({
    store,
    rooms,
    log,
    maxMessageBytes: config.maxMessageBytes,
    maxConnectionsPerBoard: config.maxConnectionsPerBoard,
    maxConnections: config.maxConnections,
    maxBufferedBytes: config.maxBufferedBytes,
    pingIntervalMs: config.pingIntervalMs,
  });
  const boards = boardsApi({ store, rooms, maxBodyBytes: config.maxMessageBytes });
  // Creating and importing share one budget per address: both make a new board.
  const limitNewBoards = limitPerAddress(config.boardCreateLimit);

  const routes: Route[] = [
    healthRoute(store, () => fanout.health()),
    metricsRoute(metrics),
    { method: 'POST', pattern: /^\/api\/boards$/, handler: limitNewBoards(boards.create) },
    { method: 'GET', pattern: new RegExp(`^/api/boards/${BOARD_ID}$`), handler: boards.info },
    { method: 'DELETE', pattern: new RegExp(`^/api/boards/${BOARD_ID}$`), handler: boards.remove },
    { method: 'GET', pattern: new RegExp(`^/api/boards/${BOARD_ID}/access$`), handler: boards.access },
    { method: 'POST', pattern: new RegExp(`^/api/boards/${BOARD_ID}/links$`), handler: boards.replaceLinks },
    ...exportRoutes({ store, rooms }),
    ...importRoutes({ store, maxImportBytes: config.maxImportBytes, limitImport: limitNewBoards }),
    ...analysisRoutes({ store, rooms }),
    ...reportRoutes({ store, rooms }),
    ...versionRoutes({ store, rooms, maxBodyBytes: config.maxMessageBytes }),
  ];
  const server = http.createServer(createRequestHandler(routes, staticFiles(config.staticDir), log));
  server.on('clientError', answerClientError);
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
