import path from 'node:path';
import { DEFAULT_MAX_MESSAGE_BYTES } from '@partnermap/shared/protocol';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Built client to serve; the server still runs (API and sync) when it is missing. */
  staticDir: string;
  maxMessageBytes: number;
  maxConnectionsPerBoard: number;
  /** Updates in a board's log before it is merged into its snapshot. */
  compactAfterUpdates: number;
  unloadAfterMs: number;
  pingIntervalMs: number;
  logLevel: string;
  /** New boards (created or imported) per client address per minute; 0 turns the limit off. */
  boardCreateLimit: number;
  /** Largest JSON export accepted by POST /api/boards/import. */
  maxImportBytes: number;
  /** SQLite's `synchronous`: `full` keeps a saved edit through a power cut, `normal` through a process kill. */
  sqliteSync: SqliteSync;
  /** WebSocket connections the whole process holds; more are refused with 503 before the upgrade. */
  maxConnections: number;
  /** Stored bytes one board may take; an edit past it closes its connection with 4413. */
  maxBoardBytes: number;
  /** Unsent bytes a connection may hold before it is dropped as too slow. */
  maxBufferedBytes: number;
  /** `postgres://…`: boards live in PostgreSQL instead of the SQLite file (several instances can share it). */
  databaseUrl: string | undefined;
  /** `redis://…`: edits, presence and disconnects reach the other instances through Redis pub/sub. */
  redisUrl: string | undefined;
}

export const SQLITE_SYNC_MODES = ['full', 'normal'] as const;
export type SqliteSync = (typeof SQLITE_SYNC_MODES)[number];

/** `off` is refused: a power cut could then corrupt the file, not only lose the last edits. */
function sqliteSyncFrom(env: NodeJS.ProcessEnv): SqliteSync {
  const raw = (env.SQLITE_SYNC || 'full').toLowerCase();
  const mode = SQLITE_SYNC_MODES.find((m) => m === raw);
  if (!mode) throw new Error(`SQLITE_SYNC must be one of ${SQLITE_SYNC_MODES.join(', ')}, got "${env.SQLITE_SYNC}"`);
  return mode;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

/** A connection URL of one of the given schemes, or undefined when unset; anything else stops the server at start. */
function urlFrom(env: NodeJS.ProcessEnv, name: string, schemes: string[]): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  // The URL may hold a password: the error names the variable, never its value.
  if (!URL.canParse(raw) || !schemes.includes(new URL(raw).protocol)) {
    throw new Error(`${name} must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`);
  }
  return raw;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env, 'PORT', 1234),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    staticDir: path.resolve(env.STATIC_DIR || './dist'),
    maxMessageBytes: intFrom(env, 'MAX_MESSAGE_BYTES', DEFAULT_MAX_MESSAGE_BYTES),
    maxConnectionsPerBoard: intFrom(env, 'MAX_CONNECTIONS_PER_BOARD', 200),
    compactAfterUpdates: intFrom(env, 'COMPACT_AFTER_UPDATES', 500),
    unloadAfterMs: intFrom(env, 'UNLOAD_AFTER_MS', 10_000),
    pingIntervalMs: intFrom(env, 'PING_INTERVAL_MS', 30_000),
    logLevel: env.LOG_LEVEL || 'info',
    boardCreateLimit: intFrom(env, 'BOARD_CREATE_LIMIT', 60),
    maxImportBytes: intFrom(env, 'MAX_IMPORT_BYTES', 16 * 1024 * 1024),
    sqliteSync: sqliteSyncFrom(env),
    maxConnections: intFrom(env, 'MAX_CONNECTIONS', 2000),
    maxBoardBytes: intFrom(env, 'MAX_BOARD_BYTES', 50 * 1024 * 1024),
    maxBufferedBytes: intFrom(env, 'MAX_BUFFERED_BYTES', 8 * 1024 * 1024),
    databaseUrl: urlFrom(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: urlFrom(env, 'REDIS_URL', ['redis:', 'rediss:']),
  };
}
