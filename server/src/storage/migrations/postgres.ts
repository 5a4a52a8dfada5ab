/**
 * PostgreSQL schema, one step per version. A step is never edited once released: a change is a
 * new step, so every database reaches the same schema whatever version it started from.
 */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'boards, snapshots, update log, quarantine, write probe',
    sql: `
      CREATE TABLE boards (
        id text PRIMARY KEY,
        edit_token_hash text NOT NULL,
        view_token_hash text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE TABLE snapshots (
        board_id text PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
        state bytea NOT NULL
      );
      CREATE TABLE updates (
        seq bigserial PRIMARY KEY,
        board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        data bytea NOT NULL
      );
      CREATE INDEX updates_by_board ON updates (board_id, seq);
      CREATE TABLE quarantine (
        id bigserial PRIMARY KEY,
        board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        seq bigint,
        data bytea NOT NULL,
        reason text NOT NULL,
        quarantined_at timestamptz NOT NULL
      );
      CREATE TABLE write_probe (
        id integer PRIMARY KEY CHECK (id = 1),
        at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'versions of boards, and who changed which field',
    sql: `
      CREATE TABLE versions (
        id text PRIMARY KEY,
        seq bigserial NOT NULL,
        board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        name text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        auto boolean NOT NULL,
        state bytea NOT NULL
      );
      CREATE INDEX versions_by_board ON versions (board_id, created_at, seq);
      CREATE TABLE attributions (
        seq bigserial PRIMARY KEY,
        board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        entity_id text NOT NULL,
        field text NOT NULL,
        value text NOT NULL,
        name text NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX attributions_by_entity ON attributions (board_id, entity_id, seq);
    `,
  },
  {
    version: 3,
    name: 'what the home page lists of a board, kept so that listing it loads no board',
    sql: `
      CREATE TABLE summaries (
        board_id text PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
        title text NOT NULL,
        goal text NOT NULL,
        agencies integer NOT NULL,
        covered_seq bigint NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'big snapshots kept compressed',
    sql: `
      -- Null: state is the Yjs update. Else state is that many bytes compressed (deflate-raw).
      ALTER TABLE snapshots ADD COLUMN raw_length integer;
    `,
  },
];
