import path from 'node:path';
import Database from 'better-sqlite3';

/** Reads or changes a stopped (or running, WAL) server's SQLite file directly, as an operator would. */
export function withDb<T>(dataDir: string, fn: (db: Database.Database) => T, readonly = true): T {
  const db = new Database(path.join(dataDir, 'partnermap.sqlite'), { readonly });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function logRows(dataDir: string, boardId: string): number {
  return withDb(dataDir, (db) => (db.prepare('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?').get(boardId) as { n: number }).n);
}

export function storedBlobs(dataDir: string, boardId: string): Buffer[] {
  return withDb(dataDir, (db) => [
    ...(db.prepare('SELECT state AS data FROM snapshots WHERE board_id = ?').all(boardId) as { data: Buffer }[]),
    ...(db.prepare('SELECT data FROM updates WHERE board_id = ? ORDER BY seq').all(boardId) as { data: Buffer }[]),
  ].map((r) => r.data));
}
