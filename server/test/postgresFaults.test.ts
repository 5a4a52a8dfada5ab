import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addAgency, observeBoard, openBoardDoc } from '@partnermap/shared/doc';
import { CloseCode } from '@partnermap/shared/protocol';
import { connect, createBoard, isSavedAnswer, rawSocket, savedQuery, synced, until, updateFrame, type Client } from './clients.ts';
import { startPostgres, type Postgres } from './engines.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

/** Polls /healthz until it answers with this status. */
async function healthBecomes(server: RunningServer, status: number): Promise<void> {
  let last = 0;
  const poll = setInterval(() => void fetch(`${server.url}/healthz`).then((r) => (last = r.status), () => {}), 100);
  try {
    await until(() => last === status, `/healthz to answer ${status}`, 20_000);
  } finally {
    clearInterval(poll);
  }
}

describe('on PostgreSQL, as on SQLite: nothing unsaved is forwarded, and nothing unreadable is served', { timeout: 60_000 }, () => {
  let postgres: Postgres;
  let server: RunningServer | undefined;
  const clients: Client[] = [];
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 60_000);
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.stop();
    server = undefined;
  });
  afterAll(() => postgres.stop());

  it('when PostgreSQL goes away: 4501, no "saved" for the lost edit, nothing forwarded, /healthz 503, then back', async () => {
    server = await startServer(undefined, { DATABASE_URL: postgres.url });
    const board = await createBoard(server.url);
    const observer = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`);
    const writer = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
    await Promise.all([observer.opened, writer.opened]);
    const local = openBoardDoc();
    const edits: Uint8Array[] = [];
    observeBoard(local, (_origin, u) => edits.push(u));
    addAgency(local, { name: 'Saved before' });
    writer.ws.send(updateFrame(edits.at(-1)!));
    writer.ws.send(savedQuery(1));
    await until(() => writer.received.some((m) => isSavedAnswer(m, 1)), 'the first edit to be saved');
    const forwarded = observer.received.length;

    await postgres.pause();
    addAgency(local, { name: 'Lost with the database' });
    writer.ws.send(updateFrame(edits.at(-1)!));
    writer.ws.send(savedQuery(2));
    expect((await writer.closed).code).toBe(CloseCode.SaveFailed);
    expect((await observer.closed).code).toBe(CloseCode.SaveFailed);
    expect(writer.received.some((m) => isSavedAnswer(m, 2))).toBe(false);
    expect(observer.received.slice(forwarded).filter((m) => m[0] === 0)).toEqual([]);
    await healthBecomes(server, 503);
    // The board cannot be read now: a connection is refused, not given an empty board.
    expect(await rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`).refused).toBe(500);

    await postgres.resume();
    await healthBecomes(server, 200);
    const after = connect(server.wsUrl, board.id, board.viewToken);
    clients.push(after);
    await synced(after);
    await until(() => after.board().agencies.length === 1, 'the saved edit');
    expect(after.board().agencies.map((a) => a.name)).toEqual(['Saved before']);
  });

  it('a stored row that fails to apply is quarantined with its reason, and the rest loads', async () => {
    server = await startServer(undefined, { DATABASE_URL: postgres.url });
    const board = await createBoard(server.url);
    const a = connect(server.wsUrl, board.id, board.editToken);
    clients.push(a);
    await synced(a);
    const probe = connect(server.wsUrl, board.id, board.viewToken);
    clients.push(probe);
    await synced(probe);
    addAgency(a.doc, { name: 'Ward 7' });
    await until(() => probe.board().agencies.length === 1, 'the edit to be stored and forwarded');
    await server.stop();

    const bad = Buffer.from([0xff, 0xff, 0xff, 0x01]);
    const db = new pg.Client({ connectionString: postgres.url });
    await db.connect();
    try {
      await db.query('INSERT INTO updates (board_id, data) VALUES ($1, $2)', [board.id, bad]);
      server = await startServer(undefined, { DATABASE_URL: postgres.url });
      const after = connect(server.wsUrl, board.id, board.viewToken);
      clients.push(after);
      await synced(after);
      await until(() => after.board().agencies.length === 1, 'the board without its bad row');
      const { rows } = await db.query<{ data: Buffer; reason: string; seq: string }>('SELECT data, reason, seq FROM quarantine WHERE board_id = $1', [board.id]);
      expect(rows.map((r) => r.data)).toEqual([bad]);
      expect(rows[0]!.reason.length).toBeGreaterThan(0);
      expect(Number(rows[0]!.seq)).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
  });
});
