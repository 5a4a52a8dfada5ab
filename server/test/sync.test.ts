import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgency, connectAgencies, updateAgency } from '@partnermap/shared/doc';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { encodeBoard, openBoardDoc } from '@partnermap/shared/doc';
import { viewTokenFor } from '@partnermap/shared/links';
import { SAVED_QUERY_MESSAGE } from '@partnermap/shared/protocol';
import { connect, createBoard, rawSocket, synced, until, type Client } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

describe('sync between real clients through the real server', () => {
  let server: RunningServer;
  const clients: Client[] = [];
  const open = (boardId: string, token: string) => {
    const c = connect(server.wsUrl, boardId, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer(undefined, { LOG_LEVEL: 'debug', UNLOAD_AFTER_MS: '200' });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.stop();
  });

  it('serves health and creates boards with random ids and tokens', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const a = await createBoard(server.url, 'Frailty pathway', 'Older people stay well at home');
    const b = await createBoard(server.url);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.editToken.length).toBeGreaterThanOrEqual(43);
    expect(new Set([a.id, b.id]).size).toBe(2);
    expect(a.editToken).not.toBe(a.viewToken);
    // Whoever holds the edit link can work out the view link on any device.
    expect(a.viewToken).toBe(viewTokenFor(a.editToken));
    expect(a.editPath).toBe(`/b/${a.id}#${a.editToken}`);
    const info = await fetch(`${server.url}/api/boards/${a.id}`, {
      headers: { authorization: `Bearer ${a.viewToken}` },
    });
    expect(await info.json()).toEqual({
      id: a.id,
      title: 'Frailty pathway',
      role: 'view',
      goal: 'Older people stay well at home',
      agencies: 0,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('a new board holds its title and goal', async () => {
    const created = await createBoard(server.url, 'Frailty pathway', 'Older people stay well at home');
    const client = open(created.id, created.editToken);
    await synced(client);
    expect(client.board().meta.title).toBe('Frailty pathway');
    expect(client.board().goals.map((g) => g.outcome)).toEqual(['Older people stay well at home']);
  });

  it('two clients converge, and a third joining later gets the whole board', async () => {
    const created = await createBoard(server.url);
    const a = open(created.id, created.editToken);
    const b = open(created.id, created.editToken);
    await Promise.all([synced(a), synced(b)]);

    const nhs = addAgency(a.doc, { name: 'City Hospital', sector: 'nhs-acute' });
    const council = addAgency(b.doc, { name: 'City Council', sector: 'social-care' });
    await until(() => a.board().agencies.length === 2 && b.board().agencies.length === 2, 'both agencies on both');
    const rel = connectAgencies(a.doc, nhs, council, { integration: 3 });
    updateAgency(b.doc, council, { description: 'Adult social care' });
    await until(
      () => b.board().relationships.length === 1 && a.board().agencies.some((x) => x.description === 'Adult social care'),
      'the relationship and the description to cross',
    );
    expect(a.board()).toEqual(b.board());

    const c = open(created.id, created.viewToken);
    await synced(c);
    await until(() => c.board().relationships.length === 1, 'the late joiner to have the board');
    expect(c.board()).toEqual(a.board());
    expect(c.board().relationships[0]).toMatchObject({ id: rel, integration: 3 });
  });

  it('a restarted server serves the same board', async () => {
    const dataDir = server.dataDir;
    const created = await createBoard(server.url);
    const a = open(created.id, created.editToken);
    await synced(a);
    addAgency(a.doc, { name: 'Housing Association', sector: 'housing' });
    addAgency(a.doc, { name: 'Age UK', sector: 'voluntary-community' });
    const before = await waitForServerToHave(created.id, created.editToken, 2);
    a.close();

    await server.stop();
    server = await startServer(dataDir, { LOG_LEVEL: 'debug', UNLOAD_AFTER_MS: '200' });
    const b = open(created.id, created.editToken);
    await synced(b);
    await until(() => b.board().agencies.length === 2, 'the board after restart');
    expect(b.board()).toEqual(before);
  });

  it('unloads a board shortly after its last client leaves, and loads it again on the next', async () => {
    const created = await createBoard(server.url);
    const a = open(created.id, created.editToken);
    await synced(a);
    addAgency(a.doc, { name: 'Police' });
    await waitForServerToHave(created.id, created.editToken, 1);
    a.close();
    const unloaded = () => server.output().split('\n').some((l) => l.includes(created.id) && l.includes('board unloaded'));
    await until(unloaded, 'the board to be unloaded');
    const b = open(created.id, created.viewToken);
    await synced(b);
    await until(() => b.board().agencies.length === 1, 'the board to load again');
  });

  it('answers a "saved?" query only after the edits sent before it are stored', async () => {
    const created = await createBoard(server.url);
    const socket = rawSocket(`${server.wsUrl}/${created.id}?token=${created.editToken}`);
    await socket.opened;
    const edit = openBoardDoc();
    addAgency(edit, { name: 'Community mental health team', sector: 'nhs-mental-health' });
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 0);
    syncProtocol.writeUpdate(update, encodeBoard(edit));
    socket.ws.send(encoding.toUint8Array(update));
    socket.ws.send(Uint8Array.from([SAVED_QUERY_MESSAGE, 7]));
    await until(() => socket.received.some((m) => m[0] === SAVED_QUERY_MESSAGE && m[1] === 7), 'the saved answer');
    socket.ws.close();
    await server.stop();
    server = await startServer(server.dataDir, { LOG_LEVEL: 'debug', UNLOAD_AFTER_MS: '200' });
    const b = open(created.id, created.viewToken);
    await synced(b);
    await until(() => b.board().agencies.length === 1, 'the saved edit after a restart');
  });

  async function waitForServerToHave(id: string, token: string, agencies: number) {
    const probe = connect(server.wsUrl, id, token);
    await synced(probe);
    await until(() => probe.board().agencies.length === agencies, 'the server to hold the edits');
    const board = probe.board();
    probe.close();
    return board;
  }
});
