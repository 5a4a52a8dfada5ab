import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, observeBoard, openBoardDoc } from '@partnermap/shared/doc';
import { selfParentUpdate } from '@partnermap/shared/doc/fixtures/craftUpdate.ts';
import { CloseCode, COMPRESSED_SYNC_MESSAGE, COMPRESSED_SYNC_PARAM } from '@partnermap/shared/protocol';
import { connect, createBoard, isSavedAnswer, rawSocket, savedQuery, synced, until, updateFrame, type Client } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';
import { withDb } from './sqliteFile.ts';

interface QuarantineRow {
  board_id: string;
  seq: number | null;
  data: Buffer;
  reason: string;
  quarantined_at: string;
}

describe('storage faults cost neither the board nor the truth about what is saved', { timeout: 60_000 }, () => {
  const clients: Client[] = [];
  let server: RunningServer | undefined;
  const open = (id: string, token: string) => {
    const c = connect(server!.wsUrl, id, token);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.stop();
    server = undefined;
  });

  it('a stored row that fails to apply is quarantined with its reason and time, and the rest loads', async () => {
    server = await startServer();
    const board = await createBoard(server.url);
    const a = open(board.id, board.editToken);
    await synced(a);
    addAgency(a.doc, { name: 'Ward 7' });
    addAgency(a.doc, { name: 'Reablement team' });
    const probe = open(board.id, board.viewToken);
    await synced(probe);
    await until(() => probe.board().agencies.length === 2, 'both edits stored');
    await server.stop();

    const later = new Y.Doc();
    later.getMap('agencies').set('late', new Y.Map(Object.entries({ name: 'Carers centre', sector: 'people-carers', description: '', contact: '', values: [], position: { x: 0, y: 0 } })));
    const bad = [selfParentUpdate(), Uint8Array.from([0xff, 0xff, 0xff, 0x01])];
    withDb(server.dataDir, (db) => {
      const insert = db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)');
      for (const row of [...bad, Y.encodeStateAsUpdate(later)]) insert.run(board.id, Buffer.from(row));
    }, false);

    server = await startServer(server.dataDir);
    const after = open(board.id, board.viewToken);
    await synced(after);
    await until(() => after.board().agencies.length === 3, 'the board without its bad rows');
    expect(after.board().agencies.map((x) => x.name).sort()).toEqual(['Carers centre', 'Reablement team', 'Ward 7']);
    const quarantined = withDb(server.dataDir, (db) => db.prepare('SELECT * FROM quarantine ORDER BY id').all() as QuarantineRow[]);
    expect(quarantined.map((q) => new Uint8Array(q.data))).toEqual(bad);
    for (const q of quarantined) {
      expect(q).toMatchObject({ board_id: board.id, seq: expect.any(Number) });
      expect(q.reason.length).toBeGreaterThan(0);
      expect(Date.now() - Date.parse(q.quarantined_at)).toBeLessThan(60_000);
    }
    const errors = () => server!.output().split('\n').filter((l) => l.includes('"level":50') && l.includes('quarantined'));
    await until(() => errors().length === 2, 'one error-level log line per quarantined row');
  });

  it('a corrupt snapshot is quarantined and the board still opens and takes edits', async () => {
    server = await startServer();
    const board = await createBoard(server.url, 'Frailty pathway');
    await server.stop();
    const corrupt = Buffer.from([0xff, 0xff, 0xff, 0x01]);
    withDb(server.dataDir, (db) => db.prepare('UPDATE snapshots SET state = ? WHERE board_id = ?').run(corrupt, board.id), false);

    server = await startServer(server.dataDir);
    // A page opening it (not the home page's list, which reads the summary kept with the board).
    // It is answered from the stored bytes while the board is built, so it may count itself synced
    // before the build finds them corrupt; it is then closed and loads the board again.
    const editor = open(board.id, board.editToken);
    const quarantined = () => withDb(server!.dataDir, (db) => db.prepare('SELECT seq, data FROM quarantine').all() as QuarantineRow[]);
    await until(() => quarantined().length > 0, 'the snapshot quarantined');
    expect(quarantined()).toEqual([{ seq: null, data: corrupt }]);
    await synced(editor);
    addAgency(editor.doc, { name: 'Community matron' });
    const viewer = open(board.id, board.viewToken);
    await synced(viewer);
    await until(() => viewer.board().agencies.length === 1, 'an agency added after the quarantine');
    expect(viewer.board().agencies.map((a) => a.name)).toEqual(['Community matron']);
  });

  it('a compressed snapshot that does not decompress is quarantined as stored, and the board still opens', async () => {
    server = await startServer();
    const board = await createBoard(server.url, 'Frailty pathway');
    await server.stop();
    const corrupt = Buffer.from('not deflate data at all, though it claims to be');
    withDb(server.dataDir, (db) => db.prepare('UPDATE snapshots SET state = ?, raw_length = 200000 WHERE board_id = ?').run(corrupt, board.id), false);

    server = await startServer(server.dataDir);
    // A page that asks for the board compressed is sent the bytes as stored, then closed to load
    // again once the server finds they do not decompress.
    const early = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}&${COMPRESSED_SYNC_PARAM.name}=${COMPRESSED_SYNC_PARAM.value}`);
    await early.opened;
    early.ws.send(Uint8Array.from([0, 0, 1, 0]));
    expect((await early.closed).code).toBe(CloseCode.LoadFailed);
    expect(early.received.map((m) => m[0])).toEqual([COMPRESSED_SYNC_MESSAGE]);
    const viewer = open(board.id, board.viewToken);
    await synced(viewer);
    expect(viewer.board().agencies).toEqual([]);
    const quarantined = withDb(server.dataDir, (db) => db.prepare('SELECT seq, data, reason FROM quarantine').all() as QuarantineRow[]);
    expect(quarantined).toEqual([{ seq: null, data: corrupt, reason: expect.stringMatching(/could not be decompressed.*kept as stored: deflate-raw compressed/) }]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('on a full disk: clients are closed with 4501, nothing unsaved is answered as saved, /healthz says 503', async () => {
    server = await startServer(undefined, {}, { fileSizeKiB: 400 });
    const board = await createBoard(server.url);
    const observer = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`);
    const writer = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
    await Promise.all([observer.opened, writer.opened]);
    let closed: { code: number; reason: string } | undefined;
    void writer.closed.then((c) => (closed = c));
    const local = openBoardDoc();
    const edits: Uint8Array[] = [];
    observeBoard(local, (_origin, u) => edits.push(u));
    const saved: string[] = [];
    let unanswered = -1;
    for (let i = 0; i < 400 && !closed; i++) {
      addAgency(local, { name: `Agency ${i}`, description: 'x'.repeat(4000) });
      writer.ws.send(updateFrame(edits.at(-1)!));
      writer.ws.send(savedQuery(i));
      await until(() => closed !== undefined || writer.received.some((m) => isSavedAnswer(m, i)), 'an answer or a close');
      if (closed) unanswered = i;
      else saved.push(`Agency ${i}`);
    }
    expect(closed?.code).toBe(CloseCode.SaveFailed);
    expect((await observer.closed).code).toBe(CloseCode.SaveFailed);
    expect(writer.received.some((m) => isSavedAnswer(m, unanswered))).toBe(false);
    expect(saved.length).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);

    // Back on a disk with room: every edit answered as saved is there.
    await server.stop();
    server = await startServer(server.dataDir);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const after = open(board.id, board.viewToken);
    await synced(after);
    await until(() => after.board().agencies.length >= saved.length, 'every saved edit');
    expect(after.board().agencies.map((x) => x.name)).toEqual(expect.arrayContaining(saved));
  });
});
