import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, CURRENT_SCHEMA_VERSION, updateAgency } from '@partnermap/shared/doc';
import { connect, createBoard, synced, until, type Client } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';
import { logRows } from './sqliteFile.ts';

describe('a board never loses an edit the server accepted', () => {
  const clients: Client[] = [];
  let server: RunningServer | undefined;
  const open = (s: RunningServer, id: string, token: string) => {
    const c = connect(s.wsUrl, id, token);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.stop();
  });

  it('after kill -9 mid-edit, every update an observer had received is there after restart', async () => {
    server = await startServer();
    const created = await createBoard(server.url);
    const writer = open(server, created.id, created.editToken);
    const observer = open(server, created.id, created.viewToken);
    await Promise.all([synced(writer), synced(observer)]);

    // Edits stream in without waiting; the server is killed while they are in flight.
    const names: string[] = [];
    for (let i = 0; i < 300; i++) {
      const id = addAgency(writer.doc, { name: `Agency ${i}` });
      updateAgency(writer.doc, id, { description: `edit ${i}` });
      names.push(`Agency ${i}`);
      if (i === 150) await until(() => observer.board().agencies.length > 20, 'the observer to receive some');
      if (i % 10 === 0) await new Promise((r) => setImmediate(r));
    }
    await server.kill();
    const seen = observer.board().agencies.map((a) => [a.name, a.description]);
    expect(seen.length).toBeGreaterThan(20);
    writer.close();
    observer.close();

    server = await startServer(server.dataDir);
    const after = open(server, created.id, created.editToken);
    await synced(after);
    await until(() => after.board().agencies.length >= seen.length, 'the stored board');
    const stored = new Map(after.board().agencies.map((a) => [a.name, a.description]));
    for (const [name, description] of seen) {
      expect(stored.has(name!)).toBe(true);
      // The store may be ahead of the observer (an edit stored just before the kill), never behind.
      if (description) expect(stored.get(name!)).toBe(description);
    }
  });

  it.each<[string, Record<string, string>]>([
    ['', {}],
    // Compacted about once a second while they write: from the server's doc, between its commits.
    [', the log compacted as they write', { COMPACT_AFTER_UPDATES: '50' }],
  ])('with group commit and 10 writers at once%s, after kill -9 every update any client had received is there', async (_while, env) => {
    process.setMaxListeners(30); // each provider in Node adds an 'exit' listener
    server = await startServer(undefined, env);
    const created = await createBoard(server.url);
    const writers = Array.from({ length: 10 }, () => open(server!, created.id, created.editToken));
    const observer = open(server, created.id, created.viewToken);
    await Promise.all([...writers, observer].map(synced));

    // Every writer streams edits at once, so the server's batches hold several writers' updates,
    // and goes on until the kill, so that it lands with edits in flight.
    let killed = false;
    const streams = writers.map(async (writer, w) => {
      for (let i = 0; !killed; i++) {
        const id = addAgency(writer.doc, { name: `W${w} agency ${i}` });
        updateAgency(writer.doc, id, { description: `edit ${i}` });
        await new Promise((r) => setTimeout(r, 1));
      }
    });
    await until(() => observer.board().agencies.length > 300, 'the observer to receive a good part', 30_000);
    if (env.COMPACT_AFTER_UPDATES) await until(() => logRows(server!.dataDir, created.id) < observer.board().agencies.length, 'a compaction', 30_000);
    await server.kill();
    killed = true;
    await Promise.all(streams);
    // What each client received from the others (a writer's own edits need not have been stored).
    const received = new Map<string, string>();
    writers.forEach((writer, w) => {
      for (const a of writer.board().agencies) if (!a.name.startsWith(`W${w} `)) received.set(a.name, a.description);
    });
    for (const a of observer.board().agencies) received.set(a.name, a.description);
    expect(new Set([...received.keys()].map((name) => name.split(' ')[0])).size).toBe(10);
    for (const c of [...writers, observer]) c.close();

    server = await startServer(server.dataDir);
    const after = open(server, created.id, created.viewToken);
    await synced(after);
    await until(() => after.board().agencies.length >= observer.board().agencies.length, 'the stored board');
    const stored = new Map(after.board().agencies.map((a) => [a.name, a.description]));
    for (const [name, description] of received) {
      expect(stored.has(name), name).toBe(true);
      if (description) expect(stored.get(name), name).toBe(description);
    }
  }, 60_000);

  it('a graceful shutdown (SIGTERM) stores every edit a client had sent', async () => {
    server = await startServer();
    const created = await createBoard(server.url);
    const writer = open(server, created.id, created.editToken);
    await synced(writer);
    for (let i = 0; i < 200; i++) addAgency(writer.doc, { name: `Agency ${i}` });
    await server.stop();
    writer.close();
    server = await startServer(server.dataDir);
    const after = open(server, created.id, created.viewToken);
    await synced(after);
    await until(() => after.board().agencies.length === 200, 'all 200 agencies after the restart');
  });

  it('compacts a long update log into a snapshot without losing anything', async () => {
    server = await startServer(undefined, { COMPACT_AFTER_UPDATES: '20' });
    const created = await createBoard(server.url);
    const a = open(server, created.id, created.editToken);
    await synced(a);
    const observer = open(server, created.id, created.viewToken);
    await synced(observer);
    for (let i = 0; i < 60; i++) addAgency(a.doc, { name: `Agency ${i}` });
    await until(() => observer.board().agencies.length === 60, 'the observer to have all 60');
    const file = path.join(server.dataDir, 'partnermap.sqlite');
    const logRows = () => {
      const db = new Database(file, { readonly: true });
      const n = (db.prepare('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?').get(created.id) as { n: number }).n;
      db.close();
      return n;
    };
    await until(() => logRows() < 20, 'the log to be compacted', 15_000);
    a.close();
    await server.stop();
    server = await startServer(server.dataDir);
    const b = open(server, created.id, created.viewToken);
    await synced(b);
    await until(() => b.board().agencies.length === 60, 'all 60 agencies after compaction and restart');
  });

  it('migrates a board from an older schema on load, and stores the migration', async () => {
    server = await startServer();
    const created = await createBoard(server.url);
    const dataDir = server.dataDir;
    await server.stop();
    // A board saved before schema versioning: an agency, but no schema version, title or definition.
    const old = new Y.Doc();
    old.getMap('agencies').set('a1', new Y.Map(Object.entries({ name: 'Carers centre', sector: 'people-carers', description: '', contact: '', values: [], position: { x: 0, y: 0 } })));
    const file = path.join(dataDir, 'partnermap.sqlite');
    const db = new Database(file);
    db.prepare('UPDATE snapshots SET state = ? WHERE board_id = ?').run(Buffer.from(Y.encodeStateAsUpdate(old)), created.id);
    db.close();

    server = await startServer(dataDir);
    const a = open(server, created.id, created.viewToken);
    await synced(a);
    await until(() => a.board().agencies.length === 1, 'the old board');
    // The page may be answered from the stored bytes first; the migration follows once the doc is built.
    await until(() => a.board().meta.schemaVersion === CURRENT_SCHEMA_VERSION, 'the migration');
    expect(a.board().meta).toMatchObject({ title: 'Untitled board', schemaVersion: CURRENT_SCHEMA_VERSION });
    const check = new Database(file, { readonly: true });
    expect((check.prepare('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?').get(created.id) as { n: number }).n).toBe(1);
    check.close();
  });
});
