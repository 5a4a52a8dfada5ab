import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addAgency, applyBoardUpdate, destroyBoardDoc, openBoardDoc, readBoard, updateAgency } from '@partnermap/shared/doc';
import { CloseCode } from '@partnermap/shared/protocol';
import { createLogger } from '../src/log.ts';
import { PostgresStore } from '../src/storage/postgres.ts';
import { startBalancer, type Balancer } from './balancer.ts';
import { connect, createBoard, rawSocket, synced, until, type Client } from './clients.ts';
import { startPostgres, startRedis, type Postgres, type Redis } from './engines.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

const person = (name: string) => ({ name, colour: '#1f77b4', role: 'edit', cursor: null, selection: [], viewport: null });
const names = (c: Client) => c.board().agencies.map((a) => a.name).sort();
const portOf = (s: RunningServer) => Number(new URL(s.url).port);

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The board as PostgreSQL holds it, read as a newly started instance would. */
async function storedBoard(databaseUrl: string, boardId: string) {
  const store = await PostgresStore.open(databaseUrl, 1000, createLogger('silent'));
  try {
    const doc = openBoardDoc();
    for (const piece of await store.loadUpdates(boardId)) applyBoardUpdate(doc, piece.data);
    const { board } = readBoard(doc);
    destroyBoardDoc(doc);
    return board;
  } finally {
    await store.close();
  }
}

describe('several instances on one PostgreSQL and one Redis', { timeout: 60_000 }, () => {
  let postgres: Postgres;
  let redis: Redis;
  let a: RunningServer;
  let b: RunningServer;
  let balancer: Balancer | undefined;
  const clients: Client[] = [];
  const open = (wsUrl: string, id: string, token: string) => {
    const c = connect(wsUrl, id, token);
    clients.push(c);
    return c;
  };
  const instance = () => startServer(undefined, { DATABASE_URL: postgres.url, REDIS_URL: redis.url, UNLOAD_AFTER_MS: '2000' });

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });
  beforeAll(async () => {
    // Both at once: the schema migration is taken in turns under its lock.
    [a, b] = await Promise.all([instance(), instance()]);
  }, 60_000);
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await balancer?.close();
    balancer = undefined;
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('clients on each instance converge on concurrent edits, and /healthz reports both engines', async () => {
    for (const s of [a, b]) {
      const health = await fetch(`${s.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', store: 'ok', redis: 'ok' });
    }
    const board = await createBoard(a.url);
    const onA = open(a.wsUrl, board.id, board.editToken);
    const onB = open(b.wsUrl, board.id, board.editToken);
    await Promise.all([synced(onA), synced(onB)]);
    const shared = addAgency(onA.doc, { name: 'Ward 7' });
    await until(() => names(onB).includes('Ward 7'), 'the first edit to cross');

    for (let i = 0; i < 30; i++) {
      addAgency(onA.doc, { name: `A ${i}` });
      addAgency(onB.doc, { name: `B ${i}` });
      updateAgency(onA.doc, shared, { description: `from A ${i}` });
      updateAgency(onB.doc, shared, { description: `from B ${i}` });
    }
    await until(() => onA.board().agencies.length === 61 && onB.board().agencies.length === 61, 'every agency on both sides');
    await until(() => JSON.stringify(onA.board()) === JSON.stringify(onB.board()), 'the two boards to be the same');

    const later = open(b.wsUrl, board.id, board.viewToken);
    await synced(later);
    await until(() => later.board().agencies.length === 61, 'a newcomer to get the whole board');
    expect((await storedBoard(postgres.url, board.id)).agencies).toHaveLength(61);

    const metrics = await (await fetch(`${a.url}/metrics`)).text();
    expect(metrics).toMatch(/^partnermap_connections 1$/m);
    expect(metrics).toMatch(/^partnermap_boards_loaded 1$/m);
    expect(metrics).toMatch(/^partnermap_updates_stored_total \d+$/m);
    expect(metrics).toMatch(/^partnermap_fanout_lag_seconds_count [1-9]\d*$/m);
    expect(metrics).toMatch(/^partnermap_store_seconds_count\{op="appendUpdates"\} [1-9]\d*$/m);
  });

  it('a version made on one instance is restored on the other, and the restore reaches clients on both', async () => {
    const board = await createBoard(a.url);
    const onA = open(a.wsUrl, board.id, board.editToken);
    const onB = open(b.wsUrl, board.id, board.editToken);
    await Promise.all([synced(onA), synced(onB)]);
    addAgency(onA.doc, { name: 'Ward 7' });
    await until(() => names(onB).includes('Ward 7'), 'the edit to cross');
    const auth = { authorization: `Bearer ${board.editToken}`, 'content-type': 'application/json' };
    const made = await fetch(`${a.url}/api/boards/${board.id}/versions`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'One ward' }) });
    expect(made.status).toBe(201);
    const version = (await made.json()) as { id: string };
    addAgency(onB.doc, { name: 'GP practice' });
    await until(() => names(onA).includes('GP practice'), 'the second edit to cross');

    const restored = await fetch(`${b.url}/api/boards/${board.id}/versions/${version.id}/restore`, { method: 'POST', headers: auth, body: '{}' });
    expect(restored.status).toBe(200);
    for (const c of [onA, onB]) await until(() => names(c).join() === 'Ward 7', 'the restore on both instances');
    await eventually(async () => (await storedBoard(postgres.url, board.id)).agencies.length === 1, 'the restore stored');
  });

  it('presence crosses instances, for people already there and for newcomers', async () => {
    const board = await createBoard(a.url);
    const ana = open(a.wsUrl, board.id, board.editToken);
    await synced(ana);
    ana.provider.awareness.setLocalState(person('Ana'));
    const seesAna = (c: Client) => [...c.provider.awareness.getStates().values()].some((s) => (s as { name?: string }).name === 'Ana');

    // B loads the board only now: it asks A who is here rather than wait for the 15-second renewal.
    const ben = open(b.wsUrl, board.id, board.editToken);
    await synced(ben);
    await until(() => seesAna(ben), 'Ben to see Ana', 10_000);

    ben.provider.awareness.setLocalState(person('Ben'));
    await until(() => [...ana.provider.awareness.getStates().values()].some((s) => (s as { name?: string }).name === 'Ben'), 'Ana to see Ben', 10_000);
    ana.close();
    await until(() => !seesAna(ben), 'Ana to leave Ben\'s view', 10_000);
  });

  it('after kill -9 of one instance mid-edit, what the other showed is stored, and its clients carry on there', async () => {
    balancer = await startBalancer([portOf(a), portOf(b)]);
    const board = await createBoard(a.url);
    const writer = open(balancer.wsUrl, board.id, board.editToken);
    const observer = open(b.wsUrl, board.id, board.viewToken);
    await Promise.all([synced(writer), synced(observer)]);

    for (let i = 0; i < 300; i++) {
      const id = addAgency(writer.doc, { name: `Agency ${i}` });
      updateAgency(writer.doc, id, { description: `edit ${i}` });
      if (i === 150) await until(() => observer.board().agencies.length > 20, 'the observer to receive some');
      if (i % 10 === 0) await new Promise((r) => setImmediate(r));
    }
    await a.kill();
    const seen = observer.board().agencies.map((x) => [x.name, x.description] as const);
    expect(seen.length).toBeGreaterThan(20);
    const stored = new Map((await storedBoard(postgres.url, board.id)).agencies.map((x) => [x.name, x.description]));
    for (const [name, description] of seen) {
      expect(stored.has(name)).toBe(true);
      if (description) expect(stored.get(name)).toBe(description);
    }

    // The writer's provider reconnects through the balancer, now to B, and sends what A never stored.
    await until(() => writer.provider.wsconnected && writer.provider.synced, 'the writer to reconnect to the other instance', 20_000);
    addAgency(writer.doc, { name: 'After the failover' });
    await until(() => observer.board().agencies.length === 301, 'every edit, and the one after the failover, on the other instance', 20_000);
    await until(() => JSON.stringify(observer.board()) === JSON.stringify(writer.board()), 'the writer and the observer to agree');
    a = await instance();
  });

  it('edits made while Redis restarts still converge', async () => {
    const board = await createBoard(a.url);
    const onA = open(a.wsUrl, board.id, board.editToken);
    const onB = open(b.wsUrl, board.id, board.editToken);
    await Promise.all([synced(onA), synced(onB)]);
    addAgency(onA.doc, { name: 'Before' });
    await until(() => names(onB).includes('Before'), 'an edit to cross before the restart');

    await redis.stop();
    const redisHealth = async (s: RunningServer) => ((await (await fetch(`${s.url}/healthz`)).json()) as { redis: string }).redis;
    await eventually(async () => (await redisHealth(a)) === 'down' && (await redisHealth(b)) === 'down', '/healthz to report Redis down');
    for (let i = 0; i < 10; i++) {
      addAgency(onA.doc, { name: `A while Redis was away ${i}` });
      addAgency(onB.doc, { name: `B while Redis was away ${i}` });
    }
    // Every edit is stored, and none has crossed: only the catch-up from storage can bring them over.
    await eventually(async () => (await storedBoard(postgres.url, board.id)).agencies.length === 21, 'the edits to be stored');
    expect(names(onA).filter((n) => n.startsWith('B '))).toEqual([]);
    expect(names(onB).filter((n) => n.startsWith('A '))).toEqual([]);
    await redis.start();
    await until(() => onA.board().agencies.length === 21 && onB.board().agencies.length === 21, 'both sides to catch up', 20_000);
    addAgency(onB.doc, { name: 'After' });
    await until(() => names(onA).includes('After'), 'edits to cross again after the restart');
    expect(names(onA)).toEqual(names(onB));
    const health = await (await fetch(`${b.url}/healthz`)).json();
    expect(health).toEqual({ status: 'ok', store: 'ok', redis: 'ok' });
  });

  it('an edit stored on one instance while the other is still loading the board reaches the pages on the other', async () => {
    const board = await createBoard(a.url);
    const writer = open(b.wsUrl, board.id, board.editToken);
    await synced(writer);
    const id = addAgency(writer.doc, { name: 'Before the load' });
    // A page on A that never asks for the board: A reads the stored board, then waits a while to
    // answer it before building the doc, and is not yet listening to B.
    const quiet = rawSocket(`${a.wsUrl}/${board.id}?token=${board.editToken}`);
    await quiet.opened;
    await new Promise((r) => setTimeout(r, 100));
    updateAgency(writer.doc, id, { name: 'Renamed on B during the load' });
    const reader = open(a.wsUrl, board.id, board.viewToken);
    await synced(reader);
    await until(() => names(reader).join() === 'Renamed on B during the load', "B's edit on A");
    quiet.ws.close();
  });

  it('a link replaced while Redis is away locks out its holders on the other instance once Redis is back', async () => {
    const board = await createBoard(a.url);
    const holder = rawSocket(`${b.wsUrl}/${board.id}?token=${board.viewToken}`);
    await holder.opened;
    await redis.stop();
    const replaced = await fetch(`${a.url}/api/boards/${board.id}/links`, { method: 'POST', headers: { authorization: `Bearer ${board.editToken}` } });
    expect(replaced.status).toBe(200);
    // The message about it was dropped with Redis: only the check on reconnect can close the holder.
    await redis.start();
    expect((await holder.closed).code).toBe(CloseCode.LinkReplaced);
  });

  it('replacing the links on one instance locks out their holders on the other; deleting the board closes it everywhere', async () => {
    const board = await createBoard(a.url);
    const holder = rawSocket(`${b.wsUrl}/${board.id}?token=${board.viewToken}`);
    await holder.opened;
    const replaced = await fetch(`${a.url}/api/boards/${board.id}/links`, { method: 'POST', headers: { authorization: `Bearer ${board.editToken}` } });
    expect(replaced.status).toBe(200);
    expect((await holder.closed).code).toBe(CloseCode.LinkReplaced);
    expect(await rawSocket(`${b.wsUrl}/${board.id}?token=${board.viewToken}`).refused).toBe(401);

    const fresh = (await replaced.json()) as { editToken: string };
    const other = rawSocket(`${b.wsUrl}/${board.id}?token=${fresh.editToken}`);
    await other.opened;
    const deleted = await fetch(`${a.url}/api/boards/${board.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${fresh.editToken}` } });
    expect(deleted.status).toBe(204);
    expect((await other.closed).code).toBe(CloseCode.BoardGone);
  });
});
