import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, encodeBoard, moveAgency, observeBoard, openBoardDoc, removeAgency } from '@partnermap/shared/doc';
import { nestedMapsUpdate, selfParentUpdate } from '@partnermap/shared/doc/fixtures/craftUpdate.ts';
import { CloseCode } from '@partnermap/shared/protocol';
import { connect, createBoard, isSavedAnswer, rawSocket, savedQuery, synced, until, updateFrame, type Client } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';
import { logRows, storedBlobs } from './sqliteFile.ts';

function updateOf(edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  edit(doc);
  return Y.encodeStateAsUpdate(doc);
}

describe('an edit link cannot break a board with a crafted update', { timeout: 60_000 }, () => {
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

  it('a 15-byte update that Yjs throws on closes only its connection and is never stored', async () => {
    server = await startServer();
    const board = await createBoard(server.url);
    const a = open(board.id, board.editToken);
    const b = open(board.id, board.editToken);
    await Promise.all([synced(a), synced(b)]);
    addAgency(a.doc, { name: 'Ward 7' });
    await until(() => b.board().agencies.length === 1, 'the first edit to cross');
    const rowsBefore = logRows(server.dataDir, board.id);

    const bad = selfParentUpdate();
    expect(bad.byteLength).toBe(15);
    const attacker = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
    await attacker.opened;
    attacker.ws.send(updateFrame(bad));
    expect((await attacker.closed).code).toBe(CloseCode.BadMessage);

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    addAgency(b.doc, { name: 'Reablement team' });
    await until(() => a.board().agencies.length === 2, 'an honest edit after the bad frame');
    expect(logRows(server.dataDir, board.id)).toBe(rowsBefore + 1);
    expect(storedBlobs(server.dataDir, board.id).some((blob) => blob.equals(Buffer.from(bad)))).toBe(false);

    await server.stop();
    server = await startServer(server.dataDir);
    const after = open(board.id, board.viewToken);
    await synced(after);
    await until(() => after.board().agencies.length === 2, 'both honest edits after a restart');
    expect(after.board().agencies.map((x) => x.name).sort()).toEqual(['Reablement team', 'Ward 7']);
  });

  it('refuses updates that do not fit the board with 4400, stores nothing, and each board still loads', async () => {
    server = await startServer(undefined, { UNLOAD_AFTER_MS: '100', LOG_LEVEL: 'debug' });
    const cases: Array<[string, Uint8Array]> = [
      ['a string where an agency belongs', updateOf((d) => d.getMap('agencies').set('x', 'text'))],
      ['a schema version from the future', updateOf((d) => d.getMap('meta').set('schemaVersion', 9999))],
      ['a title that is an object', updateOf((d) => d.getMap('meta').set('title', { evil: true }))],
      ['a write to an unknown root', updateOf((d) => d.getMap('evil').set('k', 1))],
      ['4,000 nested maps', nestedMapsUpdate(4000)],
    ];
    for (const [name, update] of cases) {
      const board = await createBoard(server.url, name);
      const blobsBefore = storedBlobs(server.dataDir, board.id);
      const socket = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
      await socket.opened;
      const started = Date.now();
      socket.ws.send(updateFrame(update));
      expect((await socket.closed).code, name).toBe(CloseCode.BadMessage);
      expect(Date.now() - started, name).toBeLessThan(2000);
      expect(storedBlobs(server.dataDir, board.id), name).toEqual(blobsBefore);
      // Once unloaded, reading the board loads it again from storage.
      const unloaded = () => server!.output().split('\n').some((l) => l.includes(board.id) && l.includes('board unloaded'));
      await until(unloaded, 'the board to be unloaded');
      const info = await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.viewToken}` } });
      expect(await info.json(), name).toMatchObject({ title: name });
      expect((await fetch(`${server.url}/api/boards/${board.id}/export.json?token=${board.viewToken}`)).status, name).toBe(200);
    }
  });

  /** Adds agencies of 4,000 characters each through a raw socket until the server refuses one; how many it stored, and how it closed. */
  async function fillUntilFull(board: { id: string; editToken: string }) {
    const socket = rawSocket(`${server!.wsUrl}/${board.id}?token=${board.editToken}`);
    await socket.opened;
    const local = openBoardDoc();
    const edits: Uint8Array[] = [];
    observeBoard(local, (_origin, u) => edits.push(u));
    let saved = 0;
    let closed: { code: number; reason: string } | undefined;
    void socket.closed.then((c) => (closed = c));
    for (let i = 0; i < 20 && !closed; i++) {
      addAgency(local, { name: `Agency ${i}`, description: 'x'.repeat(4000) });
      socket.ws.send(updateFrame(edits.at(-1)!));
      socket.ws.send(savedQuery(i));
      await until(() => closed !== undefined || socket.received.some((m) => isSavedAnswer(m, i)), 'an answer');
      if (!closed) saved = i + 1;
    }
    return { saved, closed };
  }

  it('refuses an edit past the board size limit with a plain reason, keeping what was stored before', async () => {
    server = await startServer(undefined, { MAX_BOARD_BYTES: '30000' });
    const board = await createBoard(server.url);
    const { saved, closed } = await fillUntilFull(board);
    expect(closed).toEqual({ code: CloseCode.BoardFull, reason: 'This board has reached its size limit' });
    expect(saved).toBeGreaterThanOrEqual(5);

    await server.stop();
    server = await startServer(server.dataDir);
    const after = open(board.id, board.viewToken);
    await synced(after);
    await until(() => after.board().agencies.length === saved, 'every edit stored before the limit');
  });

  it('a board past its size limit (the limit lowered, or a version restored) still stores removals, and takes edits again once they have made room', async () => {
    server = await startServer(undefined, { MAX_BOARD_BYTES: '30000' });
    const board = await createBoard(server.url);
    const { saved } = await fillUntilFull(board);
    // Past the new limit with room to spare: a removal must go through, not just fit.
    expect(saved * 4000).toBeGreaterThan(16000 + 4000);
    await server.stop();
    server = await startServer(server.dataDir, { MAX_BOARD_BYTES: '16000' });

    const page = open(board.id, board.editToken);
    const closes: number[] = [];
    page.provider.on('connection-close', (event) => event && closes.push(event.code));
    await synced(page);
    const watcher = open(board.id, board.viewToken);
    await synced(watcher);
    // Two agencies of 4,000 characters are left: about 8,600 bytes, and room for one more.
    for (const agency of page.board().agencies.slice(2)) removeAgency(page.doc, agency.id);
    await until(() => watcher.board().agencies.length === 2, 'the removals to be stored');
    expect(closes).toEqual([]);

    // Once the snapshot is rewritten without them (however short the log), the removed agencies' room takes new ones.
    await until(() => logRows(server!.dataDir, board.id) === 0, 'the snapshot to be rewritten');
    addAgency(page.doc, { name: 'Made room', description: 'x'.repeat(4000) });

    await until(() => watcher.board().agencies.some((a) => a.name === 'Made room'), 'an addition after making room');
    expect(closes).toEqual([]);

    await server.stop();
    server = await startServer(server.dataDir);
    const after = open(board.id, board.viewToken);
    await synced(after);
    await until(() => after.board().agencies.length === 3, 'the removals and the addition after a restart');
  });

  it('a board loaded past its size limit is rewritten without waiting for an edit, so what was removed before makes room', async () => {
    server = await startServer();
    const board = await createBoard(server.url);
    const page = open(board.id, board.editToken);
    await synced(page);
    const ids = Array.from({ length: 5 }, (_, i) => addAgency(page.doc, { name: `Agency ${i}`, description: 'x'.repeat(4000) }));
    for (const id of ids.slice(0, 3)) removeAgency(page.doc, id);
    await until(() => logRows(server!.dataDir, board.id) >= 8, 'the additions and removals to be stored');
    page.close();
    await server.stop();

    // About 20,000 bytes stored, 8,600 of them still on the board: past a limit of 16,000 until rewritten.
    server = await startServer(server.dataDir, { MAX_BOARD_BYTES: '16000' });
    const viewer = open(board.id, board.viewToken);
    await synced(viewer);
    await until(() => logRows(server!.dataDir, board.id) === 0, 'the snapshot to be rewritten');
    expect(viewer.board().agencies.map((a) => a.name).sort()).toEqual(['Agency 3', 'Agency 4']);
    const editor = open(board.id, board.editToken);
    await synced(editor);
    addAgency(editor.doc, { name: 'Made room', description: 'x'.repeat(4000) });
    await until(() => viewer.board().agencies.some((a) => a.name === 'Made room'), 'an addition in the room made');
  });

  it('one edit too big ever to fit does not leave a small board rewritten after every move', async () => {
    server = await startServer(undefined, { MAX_BOARD_BYTES: '30000' });
    const board = await createBoard(server.url);
    const page = open(board.id, board.editToken);
    await synced(page);
    const id = addAgency(page.doc, { name: 'Riverside Hospital' });
    await until(() => logRows(server!.dataDir, board.id) > 0, 'the agency to be stored');

    // One update nearly the size of the whole limit (a big paste), on a board of a few hundred bytes: refused.
    const socket = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
    await socket.opened;
    const huge = openBoardDoc();
    for (let i = 0; i < 6; i++) addAgency(huge, { name: `Pasted ${i}`, description: 'x'.repeat(4_900) });
    socket.ws.send(updateFrame(encodeBoard(huge)));
    expect((await socket.closed).code).toBe(CloseCode.BoardFull);

    // Each move overwrites a position, which counts as a removal. One early rewrite may follow the
    // refusal; it finds the board far from its limit, so later moves stay in the log, past the 5 s
    // after which a board still at its limit would be rewritten again.
    for (let i = 1; i <= 3; i++) {
      moveAgency(page.doc, id, { x: 100 * i, y: 0 });
      await new Promise((r) => setTimeout(r, 1500));
    }
    await new Promise((r) => setTimeout(r, 3500));
    expect(logRows(server.dataDir, board.id)).toBeGreaterThanOrEqual(2);
    // And the board takes ordinary edits.
    addAgency(page.doc, { name: 'Social Care' });
    const watcher = open(board.id, board.viewToken);
    await synced(watcher);
    await until(() => watcher.board().agencies.length === 2, 'both agencies on a fresh page');
  });

  it('refuses connections past the process-wide limit with 503, before the upgrade', async () => {
    server = await startServer(undefined, { MAX_CONNECTIONS: '2' });
    const board = await createBoard(server.url);
    const url = `${server.wsUrl}/${board.id}?token=${board.viewToken}`;
    const first = rawSocket(url);
    const second = rawSocket(url);
    await Promise.all([first.opened, second.opened]);
    expect(await rawSocket(url).refused).toBe(503);
    first.ws.close();
    await first.closed;
    const third = rawSocket(url);
    await until(() => third.ws.readyState === third.ws.OPEN, 'a connection once a place is free');
    third.ws.close();
    second.ws.close();
  });
});
