import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBoardDocFrom } from '@partnermap/shared/doc';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { boardToJson, parseBoardJson } from '@partnermap/shared/formats';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { singleInstanceFanout } from '../fanout/fanout.ts';
import { createLogger } from '../log.ts';
import { SqliteStore } from '../storage/sqlite.ts';
import { Rooms } from '../sync/rooms.ts';
import { storeNewBoard } from './boardsApi.ts';
import { exportRoutes } from './exportRoutes.ts';
import { importRoutes } from './importRoutes.ts';
import { sendError } from './respond.ts';
import { createRequestHandler } from './routes.ts';

/** The export routes on a real HTTP server over a real store, as app.ts would wire them. */
describe('export and import routes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-export-'));
  const store = new SqliteStore(path.join(dir, 'test.sqlite'), { compactAfterUpdates: 100 });
  const log = createLogger('silent');
  const rooms = new Rooms({ store, fanout: singleInstanceFanout, log }, 60_000);
  const server = http.createServer(
    createRequestHandler(
      [...exportRoutes({ store, rooms }), ...importRoutes({ store, maxImportBytes: 1_000_000, limitImport: (handler) => handler })],
      (_req, res) => sendError(res, 404, 'not found'),
      log,
    ),
  );
  const board = sampleBoard();
  let base = '';
  let created: CreatedBoard;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    created = await storeNewBoard(store, createBoardDocFrom(board));
  });
  afterAll(async () => {
    server.close();
    await rooms.closeAll();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const download = (file: string, token = created.viewToken, id = created.id) =>
    fetch(`${base}/api/boards/${id}/${file}`, { headers: { authorization: `Bearer ${token}` } });

  it('exports the board as JSON with a view token, as a download named after the board', async () => {
    const res = await download('export.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Hospital-discharge-home-first\.json"/);
    expect(parseBoardJson(await res.text())).toEqual(board);
  });

  it.each([
    ['export.gexf', 'application/gexf+xml', '<gexf'],
    ['export.graphml', 'application/graphml+xml', '<graphml'],
  ])('exports %s, also with ?token=', async (file, type, root) => {
    const res = await fetch(`${base}/api/boards/${created.id}/${file}?token=${created.viewToken}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    const body = await res.text();
    expect(body).toContain(root);
    for (const a of board.agencies) expect(body).toContain(a.id);
  });

  it.each([
    ['export.csv', 'Name', board.agencies.length],
    ['agencies.csv', 'Name', board.agencies.length],
    ['relationships.csv', 'From', board.relationships.length],
    ['exchanges.csv', 'Currency', board.exchanges.length],
  ])('exports %s as one CSV file', async (file, column, count) => {
    const res = await download(file);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const parsed = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true });
    expect(parsed.meta.fields).toContain(column);
    expect(parsed.data).toHaveLength(count);
  });

  it('refuses an export without a valid token', async () => {
    expect((await download('export.json', 'not-a-token')).status).toBe(401);
    expect((await fetch(`${base}/api/boards/${created.id}/export.json`)).status).toBe(401);
  });

  it('imports a JSON export as a new board with its own links, equal to the original', async () => {
    const res = await fetch(`${base}/api/boards/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: boardToJson(board) });
    expect(res.status).toBe(201);
    const imported = (await res.json()) as CreatedBoard;
    expect(imported.id).not.toBe(created.id);
    const back = await download('export.json', imported.editToken, imported.id);
    expect(parseBoardJson(await back.text())).toEqual(board);
  });

  it('refuses a malformed file with 400 naming the field, and creates no board', async () => {
    const createBoard = vi.spyOn(store, 'createBoard');
    const file = JSON.parse(boardToJson(board));
    file.board.agencies[2].sector = 'helth';
    const res = await fetch(`${base}/api/boards/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(file) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; problems: { where: string }[] };
    expect(body.error).toMatch(/Agency 3 \(.*\), field "Sector": "helth" is not a sector; expected one of Health: acute \(NHS\)/);
    expect(body.problems.map((p) => p.where)).toEqual([expect.stringMatching(/^Agency 3 \(.*\), field "Sector"$/)]);
    expect(createBoard).not.toHaveBeenCalled();
    createBoard.mockRestore();
  });
});
