import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgency, setMeta } from '@partnermap/shared/doc';
import { CloseCode, type BoardInfo, type CreatedBoard } from '@partnermap/shared/protocol';
import { connect, createBoard, rawSocket, synced, until } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

describe('board links', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // Boards leave memory soon after their last page, as the home page's summaries need.
    server = await startServer(undefined, { LOG_LEVEL: 'debug', UNLOAD_AFTER_MS: '200' });
  });
  afterAll(async () => {
    await server.stop();
  });

  const post = (path: string, token: string) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });

  it('replacing links disconnects holders of the old ones and locks them out', async () => {
    const board = await createBoard(server.url);
    const editor = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
    const viewer = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`);
    await Promise.all([editor.opened, viewer.opened]);

    expect((await post(`/api/boards/${board.id}/links`, board.viewToken)).status).toBe(403);
    const res = await post(`/api/boards/${board.id}/links`, board.editToken);
    expect(res.status).toBe(200);
    const fresh = (await res.json()) as CreatedBoard;
    expect(fresh.editToken).not.toBe(board.editToken);

    expect((await editor.closed).code).toBe(CloseCode.LinkReplaced);
    expect((await viewer.closed).code).toBe(CloseCode.LinkReplaced);
    expect(await rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`).refused).toBe(401);
    expect(await rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`).refused).toBe(401);
    const again = rawSocket(`${server.wsUrl}/${board.id}?token=${fresh.viewToken}`);
    await again.opened;
    again.ws.close();
  });

  it("tells a page opening a board what its link may do without loading the board, and refuses a wrong or replaced link", async () => {
    const board = await createBoard(server.url);
    const access = (token: string, id = board.id) =>
      fetch(`${server.url}/api/boards/${id}/access`, { headers: { authorization: `Bearer ${token}` } });
    const loaded = async () => Number(/^partnermap_boards_loaded (\d+)$/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1]);
    const before = await loaded();
    expect(await (await access(board.editToken)).json()).toEqual({ id: board.id, role: 'edit' });
    expect(await (await access(board.viewToken)).json()).toEqual({ id: board.id, role: 'view' });
    expect(await loaded()).toBe(before);
    expect((await access('not-a-token')).status).toBe(401);
    expect((await access(board.editToken, 'AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await post(`/api/boards/${board.id}/links`, board.editToken)).status).toBe(200);
    expect((await access(board.editToken)).status).toBe(401);
  });

  it('tells a holder of either link what the home page lists: title, goal, agencies and when it was made', async () => {
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Discharge', goal: 'Home the same day' }),
    });
    const board = (await res.json()) as CreatedBoard;
    for (const [token, role] of [[board.editToken, 'edit'], [board.viewToken, 'view']] as const) {
      const info = await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(info.status).toBe(200);
      const body = (await info.json()) as BoardInfo;
      expect(body).toMatchObject({ id: board.id, title: 'Discharge', goal: 'Home the same day', agencies: 0, role });
      expect(Date.now() - Date.parse(body.createdAt)).toBeLessThan(60_000);
    }
    const stranger = await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization: 'Bearer not-a-token' } });
    expect(stranger.status).toBe(401);
  });

  it('lists a board no longer in memory as it was when it left, without loading it again', async () => {
    const loaded = async () => Number(/^partnermap_boards_loaded (\d+)$/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1]);
    const noneLoaded = async () => {
      const since = Date.now();
      while ((await loaded()) !== 0) {
        if (Date.now() - since > 10_000) throw new Error('boards did not leave memory');
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await noneLoaded();
    const board = await createBoard(server.url);
    const info = async () => {
      const res = await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.viewToken}` } });
      return (await res.json()) as BoardInfo;
    };
    // A board just made is listed from the summary kept with it.
    expect(await loaded()).toBe(0);
    expect(await info()).toMatchObject({ agencies: 0 });
    expect(await loaded()).toBe(0);

    const editor = connect(server.wsUrl, board.id, board.editToken);
    const viewer = connect(server.wsUrl, board.id, board.viewToken);
    await Promise.all([synced(editor), synced(viewer)]);
    setMeta(editor.doc, { title: 'Hospital discharge, Northshire' });
    addAgency(editor.doc, { name: 'Ward 7' });
    addAgency(editor.doc, { name: 'Reablement team' });
    await until(() => viewer.board().agencies.length === 2 && viewer.board().meta.title === 'Hospital discharge, Northshire', 'the edits stored');
    // While it is in memory it is read as it is now.
    expect(await info()).toMatchObject({ title: 'Hospital discharge, Northshire', agencies: 2 });
    editor.close();
    viewer.close();
    await noneLoaded();
    expect(await info()).toMatchObject({ id: board.id, title: 'Hospital discharge, Northshire', agencies: 2, role: 'view' });
    expect(await loaded()).toBe(0);
  });

  it('deleting a board needs the edit link, disconnects everyone and then it no longer exists', async () => {
    const board = await createBoard(server.url);
    const viewer = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`);
    await viewer.opened;
    const del = (token: string) =>
      fetch(`${server.url}/api/boards/${board.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect((await del(board.viewToken)).status).toBe(403);
    expect((await del(board.editToken)).status).toBe(204);
    expect((await viewer.closed).code).toBe(CloseCode.BoardGone);
    const info = await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.editToken}` } });
    expect(info.status).toBe(404);
  });

  it('answers an unknown API route with a JSON 404, not the app page', async () => {
    const res = await fetch(`${server.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'No such API route' });
  });

  it('rejects a malformed create request with the field at fault', async () => {
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 42 }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^title:/);
    const notJson = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('never writes tokens to its logs', async () => {
    const board = await createBoard(server.url);
    const socket = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
    await socket.opened;
    socket.ws.send(Uint8Array.from([9]));
    await socket.closed;
    await fetch(`${server.url}/api/boards/${board.id}?token=${board.viewToken}`);
    await until(() => server.output().includes('malformed message'), 'the log line');
    expect(server.output()).not.toContain(board.editToken);
    expect(server.output()).not.toContain(board.viewToken);
  });
});
