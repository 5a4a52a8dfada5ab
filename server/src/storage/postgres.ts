import pg from 'pg';
import { mergeUpdates, withoutRemovedContent } from '@partnermap/shared/doc';
import type { TokenHashes } from '../auth/tokens.ts';
import type { Logger } from '../log.ts';
import { migrate } from './migrate.ts';
import { quarantinedBytes, snapshotPiece, snapshotRow, snapshotState } from './snapshotCompression.ts';
import { ATTRIBUTIONS_KEPT, type Attribution, type BoardStore, type BoardSummary, type StoredBoard, type StoredUpdate, type StoredVersion, type VersionInfo } from './store.ts';

/** How often a store that failed to write tries again on its own (for /healthz). */
const PROBE_INTERVAL_MS = 1000;

interface BoardRow {
  id: string;
  edit_token_hash: string;
  view_token_hash: string;
  created_at: Date;
}

interface VersionRow {
  id: string;
  name: string;
  created_at: Date;
  created_by: string;
  auto: boolean;
  state?: Buffer;
}

const versionInfo = (r: VersionRow): VersionInfo => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at.toISOString(),
  createdBy: r.created_by,
  auto: r.auto,
});

/** bigserial arrives as a string; a board's log stays far below 2^53 rows. */
const seqOf = (seq: string | null): number | null => (seq === null ? null : Number(seq));

/**
 * PostgreSQL, for several instances sharing boards. Each write is its own committed transaction
 * (synchronous_commit as the server is configured, on by default), so an append is durable when
 * appendUpdates resolves. Several instances may append to and compact one board at once.
 */
export class PostgresStore implements BoardStore {
  private closed = false;
  private writeFailed = false;
  private lastProbe = 0;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly compactAfterUpdates: number,
  ) {}

  /** Connects and migrates the schema; rejects (and closes the pool) if either fails. */
  static async open(url: string, compactAfterUpdates: number, log: Logger): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: 10_000,
      // A database that stops answering (a network partition sends no reset) fails the call
      // instead of holding a board's queue of edits for ever.
      query_timeout: 30_000,
      keepAlive: true,
    });
    // An idle connection that breaks (the database restarted) must not end the process.
    pool.on('error', (err) => log.warn({ err: err.message }, 'an idle PostgreSQL connection failed'));
    try {
      await migrate(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresStore(pool, compactAfterUpdates);
  }

  async createBoard(board: StoredBoard, initialState: Uint8Array, summary?: BoardSummary): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('INSERT INTO boards (id, edit_token_hash, view_token_hash, created_at) VALUES ($1, $2, $3, $4)', [
        board.id, board.editTokenHash, board.viewTokenHash, board.createdAt,
      ]);
      const snapshot = snapshotRow(initialState);
      await c.query('INSERT INTO snapshots (board_id, state, raw_length) VALUES ($1, $2, $3)', [board.id, snapshot.state, snapshot.rawLength]);
      if (summary) {
        await c.query('INSERT INTO summaries (board_id, title, goal, agencies, covered_seq) VALUES ($1, $2, $3, $4, 0)', [board.id, summary.title, summary.goal, summary.agencies]);
      }
    });
  }

  async getBoard(id: string): Promise<StoredBoard | undefined> {
    const { rows } = await this.pool.query<BoardRow>('SELECT * FROM boards WHERE id = $1', [id]);
    const row = rows[0];
    return row && {
      id: row.id,
      editTokenHash: row.edit_token_hash,
      viewTokenHash: row.view_token_hash,
      createdAt: row.created_at.toISOString(),
    };
  }

  async setTokens(id: string, hashes: TokenHashes): Promise<void> {
    await this.write(() => this.pool.query('UPDATE boards SET edit_token_hash = $1, view_token_hash = $2 WHERE id = $3', [
      hashes.editTokenHash, hashes.viewTokenHash, id,
    ]));
  }

  async deleteBoard(id: string): Promise<void> {
    await this.write(() => this.pool.query('DELETE FROM boards WHERE id = $1', [id]));
  }

  /** Only while no update newer than it is stored: another instance may be editing the board. */
  async getSummary(id: string): Promise<BoardSummary | undefined> {
    const { rows } = await this.pool.query<BoardSummary>(
      `SELECT title, goal, agencies FROM summaries s WHERE board_id = $1
       AND NOT EXISTS (SELECT 1 FROM updates u WHERE u.board_id = s.board_id AND u.seq > s.covered_seq)`,
      [id],
    );
    return rows[0] && { title: rows[0].title, goal: rows[0].goal, agencies: rows[0].agencies };
  }

  async putSummary(id: string, summary: BoardSummary): Promise<void> {
    // Nothing for a board deleted meanwhile (a board leaving memory as it is deleted).
    await this.write(() =>
      this.pool.query(
        `INSERT INTO summaries (board_id, title, goal, agencies, covered_seq)
         SELECT $1, $2, $3, $4, COALESCE((SELECT MAX(seq) FROM updates WHERE board_id = $1), 0)
         WHERE EXISTS (SELECT 1 FROM boards WHERE id = $1)
         ON CONFLICT (board_id) DO UPDATE SET title = excluded.title, goal = excluded.goal, agencies = excluded.agencies, covered_seq = excluded.covered_seq`,
        [id, summary.title, summary.goal, summary.agencies],
      ),
    );
  }

  async loadUpdates(id: string): Promise<StoredUpdate[]> {
    // One statement sees one snapshot of the database: a compaction committing meanwhile
    // cannot make us read the old snapshot and the already-trimmed log.
    const { rows } = await this.pool.query<{ seq: string | null; data: Buffer; raw_length: number | null }>(
      `SELECT NULL::bigint AS seq, state AS data, raw_length FROM snapshots WHERE board_id = $1
       UNION ALL
       SELECT seq, data, NULL FROM updates WHERE board_id = $1
       ORDER BY seq NULLS FIRST`,
      [id],
    );
    return rows.map((r) => r.seq === null
      ? snapshotPiece({ state: r.data, rawLength: r.raw_length })
      : { seq: seqOf(r.seq), data: new Uint8Array(r.data) });
  }

  async quarantine(id: string, piece: StoredUpdate, reason: string): Promise<void> {
    const kept = quarantinedBytes(piece, reason);
    await this.transaction(async (c) => {
      await c.query('INSERT INTO quarantine (board_id, seq, data, reason, quarantined_at) VALUES ($1, $2, $3, $4, now())', [
        id, piece.seq, kept.data, kept.reason,
      ]);
      if (piece.seq === null) await c.query('DELETE FROM snapshots WHERE board_id = $1', [id]);
      else await c.query('DELETE FROM updates WHERE board_id = $1 AND seq = $2', [id, piece.seq]);
    });
  }

  async storedBytes(id: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      `SELECT COALESCE((SELECT COALESCE(raw_length, octet_length(state)) FROM snapshots WHERE board_id = $1), 0)
            + COALESCE((SELECT SUM(octet_length(data)) FROM updates WHERE board_id = $1), 0) AS n`,
      [id],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * One statement, so the batch is stored whole or not at all, in its order; with who changed what
   * (and the same entities' oldest attributions dropped), one transaction.
   */
  async appendUpdates(id: string, updates: readonly Uint8Array[], attributions: readonly Attribution[] = []): Promise<void> {
    if (updates.length === 0) return;
    const append = (c: pg.Pool | pg.PoolClient) => c.query(
      'INSERT INTO updates (board_id, data) SELECT $1, u.data FROM unnest($2::bytea[]) WITH ORDINALITY AS u(data, n) ORDER BY u.n',
      [id, updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength))],
    );
    if (attributions.length === 0) {
      await this.write(() => append(this.pool));
      return;
    }
    await this.transaction(async (c) => {
      await append(c);
      // One statement, no second round trip: the same entities' attributions older than the newest
      // ATTRIBUTIONS_KEPT before this batch go (the DELETE sees the table as it was, so this batch's
      // rows are kept on top), each entity's cut-off found once by the index on entity.
      await c.query(
        `WITH added AS (
           INSERT INTO attributions (board_id, entity_id, field, value, name, at)
           SELECT $1, a.entity_id, a.field, a.value, a.name, a.at
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) WITH ORDINALITY AS a(entity_id, field, value, name, at, n)
           ORDER BY a.n
           RETURNING entity_id)
         DELETE FROM attributions old
         USING (SELECT e.entity_id,
                       (SELECT b.seq FROM attributions b WHERE b.board_id = $1 AND b.entity_id = e.entity_id
                        ORDER BY b.seq DESC OFFSET ${ATTRIBUTIONS_KEPT - 1} LIMIT 1) AS seq
                FROM (SELECT DISTINCT entity_id FROM added) e) cut
         WHERE old.board_id = $1 AND old.entity_id = cut.entity_id AND old.seq < cut.seq`,
        [id, attributions.map((a) => a.entityId), attributions.map((a) => a.field), attributions.map((a) => a.value),
          attributions.map((a) => a.name), attributions.map((a) => a.at)],
      );
    });
  }

  async createVersion(boardId: string, v: StoredVersion): Promise<void> {
    await this.write(() => this.pool.query(
      'INSERT INTO versions (id, board_id, name, created_at, created_by, auto, state) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [v.id, boardId, v.name, v.createdAt, v.createdBy, v.auto, Buffer.from(v.state)],
    ));
  }

  async listVersions(boardId: string): Promise<VersionInfo[]> {
    const { rows } = await this.pool.query<VersionRow>(
      'SELECT id, name, created_at, created_by, auto FROM versions WHERE board_id = $1 ORDER BY created_at, seq',
      [boardId],
    );
    return rows.map(versionInfo);
  }

  async getVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined> {
    const { rows } = await this.pool.query<VersionRow>('SELECT * FROM versions WHERE board_id = $1 AND id = $2', [boardId, versionId]);
    const row = rows[0];
    return row?.state && { ...versionInfo(row), state: new Uint8Array(row.state) };
  }

  async deleteVersion(boardId: string, versionId: string): Promise<boolean> {
    const result = await this.write(() => this.pool.query('DELETE FROM versions WHERE board_id = $1 AND id = $2', [boardId, versionId]));
    return (result.rowCount ?? 0) > 0;
  }

  async attributions(boardId: string, entityId: string, limit: number): Promise<Attribution[]> {
    const { rows } = await this.pool.query<{ entity_id: string; field: string; value: string; name: string; at: Date }>(
      'SELECT entity_id, field, value, name, at FROM attributions WHERE board_id = $1 AND entity_id = $2 ORDER BY seq DESC LIMIT $3',
      [boardId, entityId, limit],
    );
    return rows.map((r) => ({ entityId: r.entity_id, field: r.field, value: r.value, name: r.name, at: r.at.toISOString() }));
  }

  /**
   * Always merges the stored rows: other instances append to the log, so no one doc is known to hold
   * exactly it. `evenIfShort` (a board past its size limit) also drops removed content from the merge.
   */
  async compactIfNeeded(id: string, _current?: () => Uint8Array, { evenIfShort = false } = {}): Promise<void> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM updates WHERE board_id = $1', [id]);
    const logged = Number(rows[0]?.n ?? 0);
    if (logged === 0 || (!evenIfShort && logged < this.compactAfterUpdates)) return;
    await this.transaction(async (c) => {
      // Compactions of one board take turns; appends from any instance go on meanwhile.
      await c.query("SELECT pg_advisory_xact_lock(hashtextextended('partnermap.compact:' || $1, 0))", [id]);
      const snapshot = await c.query<{ state: Buffer; raw_length: number | null }>('SELECT state, raw_length FROM snapshots WHERE board_id = $1', [id]);
      const log = await c.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM updates WHERE board_id = $1 ORDER BY seq', [id]);
      if (log.rows.length === 0) return;
      const stored = snapshot.rows[0];
      const parts = log.rows.map((r) => new Uint8Array(r.data));
      const whole = mergeUpdates(stored ? [snapshotState({ state: stored.state, rawLength: stored.raw_length }), ...parts] : parts);
      const merged = snapshotRow(evenIfShort ? withoutRemovedContent(whole) : whole);
      await c.query(
        'INSERT INTO snapshots (board_id, state, raw_length) VALUES ($1, $2, $3) ON CONFLICT (board_id) DO UPDATE SET state = excluded.state, raw_length = excluded.raw_length',
        [id, merged.state, merged.rawLength],
      );
      // Exactly the rows merged, by seq: a row another instance committed after our read (even
      // with a lower seq, taken earlier) stays in the log.
      await c.query('DELETE FROM updates WHERE board_id = $1 AND seq = ANY($2::bigint[])', [id, log.rows.map((r) => r.seq)]);
      // The log it was checked against is gone: the home page reads the board until it is kept again.
      await c.query('DELETE FROM summaries WHERE board_id = $1', [id]);
    });
  }

  isOpen(): boolean {
    return !this.closed;
  }

  /**
   * Whether the last write (or probe) succeeded. The database can go away between edits, so a
   * one-row write probes it at most once a second, in the background, whenever this is asked.
   */
  isWritable(): boolean {
    if (this.closed) return false;
    if (Date.now() - this.lastProbe >= PROBE_INTERVAL_MS) {
      this.lastProbe = Date.now();
      this.write(() => this.pool.query(
        'INSERT INTO write_probe (id, at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET at = excluded.at',
      )).catch(() => {
        // Reported as not writable.
      });
    }
    return !this.writeFailed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      const result = await fn();
      this.writeFailed = false;
      return result;
    } catch (err) {
      // A broken constraint (a duplicate id, a board deleted meanwhile) is about the data, not the database.
      if (!(err instanceof pg.DatabaseError && err.code?.startsWith('23'))) this.writeFailed = true;
      throw err;
    }
  }

  private transaction(fn: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    return this.write(async () => {
      const client = await this.pool.connect();
      let failed = false;
      try {
        await client.query('BEGIN');
        await fn(client);
        await client.query('COMMIT');
      } catch (err) {
        failed = true;
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        // A connection that failed mid-transaction may be broken: it is not reused.
        client.release(failed);
      }
    });
  }
}
