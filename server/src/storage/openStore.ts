import path from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { SqliteStore } from './sqlite.ts';
import type { BoardStore } from './store.ts';

/**
 * PostgreSQL when DATABASE_URL is set (schema migrated before anything is served), else the SQLite
 * file. The PostgreSQL client is loaded only when used: it is memory a single instance never needs.
 */
export async function openStore(config: Config, log: Logger): Promise<BoardStore> {
  if (config.databaseUrl) {
    const { PostgresStore } = await import('./postgres.ts');
    return PostgresStore.open(config.databaseUrl, config.compactAfterUpdates, log);
  }
  // Instances sharing one file (Redis without PostgreSQL) each write to it.
  return new SqliteStore(path.join(config.dataDir, 'partnermap.sqlite'), {
    compactAfterUpdates: config.compactAfterUpdates,
    synchronous: config.sqliteSync,
    soleWriter: !config.redisUrl,
    log,
  });
}
