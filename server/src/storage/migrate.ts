import type pg from 'pg';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations/postgres.ts';

/** Any fixed number: every instance takes the same lock, so only one migrates at a time. */
const MIGRATION_LOCK = 0x7061_726d; // "parm"

/**
 * Brings the schema to the newest version in one transaction under an advisory lock, so
 * instances starting together wait for each other and each step runs once. A database migrated
 * by a newer Partnermap is refused rather than written with an older idea of its tables.
 */
export async function migrate(pool: pg.Pool, migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    const newest = migrations.at(-1)?.version ?? 0;
    if (current > newest) {
      throw new Error(`the database has schema version ${current}, newer than this Partnermap knows (${newest}): upgrade Partnermap`);
    }
    for (const step of migrations.filter((m) => m.version > current)) {
      await client.query(step.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
    }
    await client.query('COMMIT');
    return newest;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
