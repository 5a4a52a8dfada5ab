import { inflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { addAgency, applyBoardUpdate, CURRENT_SCHEMA_VERSION, destroyBoardDoc, observeBoard, openBoardDoc, readBoard, updateAgency } from '@partnermap/shared/doc';
import { selfParentUpdate } from '@partnermap/shared/doc/fixtures/craftUpdate.ts';
import { boardToJson } from '@partnermap/shared/formats';
import type { Board } from '@partnermap/shared/model';
import { CloseCode, COMPRESSED_SYNC_MESSAGE, COMPRESSED_SYNC_PARAM } from '@partnermap/shared/protocol';
import { connect, createBoard, importBoard, isSavedAnswer, rawSocket, savedQuery, synced, until, updateFrame, type Client } from './clients.ts';
import { largeBoard } from './largeBoard.ts';
import { startServer, type RunningServer } from './serverProcess.ts';
import { withDb } from './sqliteFile.ts';

/** Sync step 1 with an empty state vector: a page with nothing cached asks for everything. */
const askForEverything = Uint8Array.from([0, 0, 1, 0]);

/** The sync frames a raw socket received, in order: 'step1', 'step2' or 'update', with their bytes. */
function syncFrames(received: Buffer[]): Array<{ kind: 'step1' | 'step2' | 'update'; data: Uint8Array }> {
  return received.flatMap((frame) => {
    const d = decoding.createDecoder(new Uint8Array(frame));
    if (decoding.readVarUint(d) !== 0) return [];
    const kind = (['step1', 'step2', 'update'] as const)[decoding.readVarUint(d)];
    return kind ? [{ kind, data: decoding.readVarUint8Array(d) }] : [];
  });
}

/** The board a page holds after applying every step 2 and update it was sent. */
function boardFrom(received: Buffer[]): Board {
  const doc = openBoardDoc();
  for (const f of syncFrames(received)) if (f.kind !== 'step1') applyBoardUpdate(doc, f.data);
  const { board } = readBoard(doc);
  destroyBoardDoc(doc);
  return board;
}

describe('joining a board that is not in memory', { timeout: 90_000 }, () => {
  const clients: Client[] = [];
  let server: RunningServer | undefined;
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.stop();
    server = undefined;
  });

  /** A stored board of `agencies`, on a server started again so that nothing of it is in memory. */
  async function coldBoard(agencies: number): Promise<{ id: string; editToken: string; viewToken: string }> {
    server = await startServer();
    const res = await importBoard(server.url, boardToJson(largeBoard(agencies)));
    expect(res.status).toBe(201);
    const board = (await res.json()) as { id: string; editToken: string; viewToken: string };
    await server.stop();
    server = await startServer(server.dataDir);
    return board;
  }

  it('a page gets the whole board before the doc is built, and its edits made meanwhile are stored in order', async () => {
    const board = await coldBoard(1500);
    const page = rawSocket(`${server!.wsUrl}/${board.id}?token=${board.editToken}`);
    await page.opened;
    // A new agency, then a change to it (which needs the first), sent with no wait for the doc.
    const local = openBoardDoc();
    const edits: Uint8Array[] = [];
    observeBoard(local, (_origin, update) => edits.push(update));
    const id = addAgency(local, { name: 'Late arrival' });
    updateAgency(local, id, { name: 'Carers centre' });
    page.ws.send(askForEverything);
    for (const edit of edits) page.ws.send(updateFrame(edit));
    page.ws.send(savedQuery(1));

    await until(() => page.received.some((m) => isSavedAnswer(m, 1)), 'the edits to be stored', 30_000);
    const frames = syncFrames(page.received);
    // The answer came from the stored bytes: before the server's own step 1, sent once the doc is built.
    expect(frames.map((f) => f.kind).slice(0, 2)).toEqual(['step2', 'step1']);
    expect(boardFrom(page.received.slice(0, page.received.findIndex((m) => syncFrames([m])[0]?.kind === 'step2') + 1)).agencies).toHaveLength(1500);

    // Stored: a page joining after the server starts again sees both edits, in order.
    await server!.stop();
    server = await startServer(server!.dataDir);
    const after = connect(server.wsUrl, board.id, board.viewToken);
    clients.push(after);
    await synced(after);
    await until(() => after.board().agencies.length === 1501, 'the stored board with the new agency', 30_000);
    expect(after.board().agencies.find((a) => a.id === id)?.name).toBe('Carers centre');
    destroyBoardDoc(local);
  });

  it('a page that asks for it is sent a big stored board compressed, and holds the same board as a stock page', async () => {
    const board = await coldBoard(1500);
    const address = `${server!.wsUrl}/${board.id}?token=${board.viewToken}`;
    const stock = rawSocket(address);
    const ours = rawSocket(`${address}&${COMPRESSED_SYNC_PARAM.name}=${COMPRESSED_SYNC_PARAM.value}`);
    await Promise.all([stock.opened, ours.opened]);
    ours.ws.send(askForEverything);
    stock.ws.send(askForEverything);
    const compressed = () => ours.received.find((m) => m[0] === COMPRESSED_SYNC_MESSAGE);
    await until(() => compressed() !== undefined && syncFrames(stock.received).some((f) => f.kind === 'step2'), 'both pages to be answered', 30_000);
    // The compressed answer is in place of the plain one, not as well.
    expect(syncFrames(ours.received).some((f) => f.kind === 'step2')).toBe(false);
    const d = decoding.createDecoder(new Uint8Array(compressed()!));
    decoding.readVarUint(d);
    const rawLength = decoding.readVarUint(d);
    const deflated = decoding.readVarUint8Array(d);
    const update = new Uint8Array(inflateRawSync(deflated));
    expect(update.byteLength).toBe(rawLength);
    const plain = syncFrames(stock.received).find((f) => f.kind === 'step2')!.data;
    expect(deflated.byteLength).toBeLessThan(plain.byteLength / 4);
    const doc = openBoardDoc();
    applyBoardUpdate(doc, update);
    expect(readBoard(doc).board).toEqual(boardFrom(stock.received.filter((m) => syncFrames([m])[0]?.kind === 'step2')));
    destroyBoardDoc(doc);
    stock.ws.close();
    ours.ws.close();
  });

  it('a page that asks for it gets the edits stored since the compressed snapshot first, and holds them once the snapshot is applied', async () => {
    const board = await coldBoard(1500);
    const editor = connect(server!.wsUrl, board.id, board.editToken);
    clients.push(editor);
    await synced(editor);
    const first = editor.board().agencies[0]!;
    updateAgency(editor.doc, first.id, { name: 'Renamed after the import' });
    const added = addAgency(editor.doc, { name: 'Added after the import' });
    // Forwarded to another page only once stored.
    const viewer = connect(server!.wsUrl, board.id, board.viewToken);
    clients.push(viewer);
    await until(() => viewer.board().agencies.some((a) => a.name === 'Renamed after the import') && viewer.board().agencies.length === 1501, 'the edits to be stored', 30_000);
    editor.close();
    viewer.close();
    clients.splice(0);
    await server!.stop();
    server = await startServer(server!.dataDir);

    const page = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}&${COMPRESSED_SYNC_PARAM.name}=${COMPRESSED_SYNC_PARAM.value}`);
    await page.opened;
    page.ws.send(askForEverything);
    await until(() => page.received.some((m) => m[0] === COMPRESSED_SYNC_MESSAGE), 'the compressed board', 30_000);
    const answer = page.received.slice(0, page.received.findIndex((m) => m[0] === COMPRESSED_SYNC_MESSAGE) + 1);
    expect(answer.map((m) => [m[0], m[1]])).toEqual([[0, syncProtocol.messageYjsUpdate], [COMPRESSED_SYNC_MESSAGE, expect.any(Number)]]);
    // Applied in the order sent, as a page does: the edits wait for the snapshot they build on.
    const doc = openBoardDoc();
    applyBoardUpdate(doc, syncFrames(answer)[0]!.data);
    expect(readBoard(doc).board.agencies).toHaveLength(0);
    const d = decoding.createDecoder(new Uint8Array(answer[1]!));
    decoding.readVarUint(d);
    decoding.readVarUint(d);
    applyBoardUpdate(doc, new Uint8Array(inflateRawSync(decoding.readVarUint8Array(d))));
    const { agencies } = readBoard(doc).board;
    expect(agencies).toHaveLength(1501);
    expect(agencies.find((a) => a.id === first.id)?.name).toBe('Renamed after the import');
    expect(agencies.find((a) => a.id === added)?.name).toBe('Added after the import');
    destroyBoardDoc(doc);
    page.ws.close();
  });

  it('pages joining a cold board at once all get the same board', async () => {
    const board = await coldBoard(800);
    const pages = Array.from({ length: 4 }, () => rawSocket(`${server!.wsUrl}/${board.id}?token=${board.viewToken}`));
    await Promise.all(pages.map((p) => p.opened));
    for (const p of pages) p.ws.send(askForEverything);
    // Answered (step 2) and greeted by the built doc (step 1, after which anything the build added follows).
    const kinds = (p: (typeof pages)[number]) => new Set(syncFrames(p.received).map((f) => f.kind));
    await until(() => pages.every((p) => kinds(p).has('step1') && kinds(p).has('step2')), 'every page to be answered and greeted', 30_000);
    // The same content, whatever order a page's doc lists it in.
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    const boards = pages.map((p) => boardFrom(p.received)).map((b) => ({ ...b, agencies: byId(b.agencies), relationships: byId(b.relationships) }));
    expect(boards[0]!.agencies).toHaveLength(800);
    expect(boards[0]!.relationships).toHaveLength(799);
    for (const b of boards.slice(1)) expect(b).toEqual(boards[0]);
    for (const p of pages) p.ws.close();
  });

  it('a migration made while loading reaches a page answered from the stored bytes', async () => {
    server = await startServer();
    const created = await createBoard(server.url);
    await server.stop();
    // A board saved before schema versioning: an agency, but no schema version or title.
    const old = new Y.Doc();
    old.getMap('agencies').set('a1', new Y.Map(Object.entries({ name: 'Carers centre', sector: 'people-carers', description: '', contact: '', values: [], position: { x: 0, y: 0 } })));
    withDb(server.dataDir, (db) => db.prepare('UPDATE snapshots SET state = ? WHERE board_id = ?').run(Buffer.from(Y.encodeStateAsUpdate(old)), created.id), false);
    withDb(server.dataDir, (db) => db.prepare('DELETE FROM updates WHERE board_id = ?').run(created.id), false);

    server = await startServer(server.dataDir);
    const page = rawSocket(`${server.wsUrl}/${created.id}?token=${created.viewToken}`);
    await page.opened;
    page.ws.send(askForEverything);
    await until(() => boardFrom(page.received).meta.schemaVersion === CURRENT_SCHEMA_VERSION, 'the migration to reach the page', 30_000);
    expect(syncFrames(page.received)[0]?.kind).toBe('step2');
    expect(boardFrom(page.received)).toMatchObject({ meta: { title: 'Untitled board' }, agencies: [{ name: 'Carers centre' }] });
    page.ws.close();
  });

  it('a page sent a stored row that then fails to apply is closed to load again, and gets the board without it', async () => {
    server = await startServer();
    const board = await createBoard(server.url);
    const a = connect(server.wsUrl, board.id, board.editToken);
    clients.push(a);
    await synced(a);
    addAgency(a.doc, { name: 'Ward 7' });
    await until(() => a.board().agencies.length === 1, 'the edit');
    a.close();
    clients.splice(0);
    await server.stop();
    // Well-formed bytes (they merge with the rest) that fail once applied.
    withDb(server.dataDir, (db) => db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)').run(board.id, Buffer.from(selfParentUpdate())), false);

    server = await startServer(server.dataDir);
    const page = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`);
    await page.opened;
    page.ws.send(askForEverything);
    expect((await page.closed).code).toBe(CloseCode.LoadFailed);
    expect(syncFrames(page.received).map((f) => f.kind)).toEqual(['step2']);

    const again = connect(server.wsUrl, board.id, board.viewToken);
    clients.push(again);
    await synced(again);
    expect(again.board().agencies.map((x) => x.name)).toEqual(['Ward 7']);
    const quarantined = withDb(server.dataDir, (db) => db.prepare('SELECT data FROM quarantine').all() as Array<{ data: Buffer }>);
    expect(quarantined.map((q) => new Uint8Array(q.data))).toEqual([selfParentUpdate()]);
  });
});
