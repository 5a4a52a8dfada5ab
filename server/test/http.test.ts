import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardToJson, parseBoardJson } from '@partnermap/shared/formats';
import type { Board } from '@partnermap/shared/model';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { CONTENT_SECURITY_POLICY } from '../src/http/securityHeaders.ts';
import { connect, createBoard, synced, until } from './clients.ts';
import { largeBoard } from './largeBoard.ts';
import { rawRequest, upgradeRequest, type RawAnswer } from './rawHttp.ts';
import { startServer, tempDataDir, type RunningServer } from './serverProcess.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A built client stand-in: an index page and one hashed asset. */
function staticDir(): string {
  const dir = tempDataDir();
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Partnermap</title><div id="root"></div>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("app")');
  return dir;
}

function post(url: string, body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(url, { method: 'POST', headers, body });
}

function boardCount(server: RunningServer): number {
  const db = new Database(path.join(server.dataDir, 'partnermap.sqlite'), { readonly: true });
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM boards').get() as { n: number };
  db.close();
  return n;
}

async function stillServes(server: RunningServer): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}

const errorLogs = (server: RunningServer) => server.output().split('\n').filter((line) => line.includes('"level":50'));

describe('HTTP: no request can take the server down', () => {
  let server: RunningServer;
  let board: CreatedBoard;
  let big: Board;

  beforeAll(async () => {
    // Made before the server starts: seconds of idle would outlast the server's keep-alive.
    big = largeBoard(2000);
    server = await startServer(undefined, { STATIC_DIR: staticDir() });
    board = await createBoard(server.url);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('a malformed request target (GET //[) gets 400 as JSON, and the server keeps serving', async () => {
    const answer = (await rawRequest(server.url, 'GET //[ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')) as RawAnswer;
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe(JSON_TYPE);
    expect(JSON.parse(answer.body)).toEqual({ error: 'The request target is not a valid address' });
    await stillServes(server);
  });

  it.each(['/api/boards/%E0%A4%A', '/%ZZ', '/b/%C0%AF', `/api/boards/${'%'.repeat(3)}/export.json`])(
    'a target with a malformed percent-escape (%s) is answered without a server error',
    async (target) => {
      const answer = (await rawRequest(server.url, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)) as RawAnswer;
      expect(answer.status).toBeLessThan(500);
      await stillServes(server);
    },
  );

  it('a malformed WebSocket upgrade target is refused with 400', async () => {
    const answer = (await rawRequest(server.url, upgradeRequest('//['))) as RawAnswer;
    expect(answer.status).toBe(400);
    await stillServes(server);
  });

  it('clients that reset the connection while their upgrade is being refused do not end the process', async () => {
    for (let i = 0; i < 100; i++) {
      await rawRequest(server.url, upgradeRequest(`/ws/AAAAAAAAAAAAAAAAAAAAAA?token=x${i}`), { afterSend: 'reset' });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    await stillServes(server);
  });

  it('a body that ends early (client gone) costs nothing: no board, no server error, no error log', async () => {
    const before = boardCount(server);
    const head = 'POST /api/boards HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n';
    await rawRequest(server.url, `${head}{"title": "Cut sh`, { afterSend: 'reset' });
    const halfClosed = (await rawRequest(server.url, `${head}{"title": "Cut sh`, { afterSend: 'end' })) as RawAnswer;
    expect(halfClosed.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await stillServes(server);
    expect(boardCount(server)).toBe(before);
    expect(errorLogs(server)).toEqual([]);
  });

  it.each([
    ['no scheme', 'abc'],
    ['an empty bearer', 'Bearer '],
    ['another scheme', 'Basic Zm9vOmJhcg=='],
    ['a huge token', `Bearer ${'x'.repeat(8000)}`],
    ['spaces inside', 'Bearer a b c'],
  ])('a bad Authorization header (%s) gets 401 as JSON', async (_what, authorization) => {
    const res = await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    expect(await res.json()).toEqual({ error: 'This link is not valid for this board' });
  });

  it('the Bearer scheme is read whatever its case, as HTTP says', async () => {
    for (const scheme of ['bearer', 'BEARER']) {
      const res = await fetch(`${server.url}/api/boards/${board.id}`, {
        headers: { authorization: `${scheme} ${board.editToken}` },
      });
      expect(res.status).toBe(200);
    }
  });

  it('a missing script is 404, not the app page (sirv skips paths with an extension); an unknown page path is the app', async () => {
    const asset = await fetch(`${server.url}/assets/index-gone.js`);
    expect(asset.status).toBe(404);
    expect(asset.headers.get('content-type')).toBe(JSON_TYPE);
    const page = await fetch(`${server.url}/b/some-board`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('an unknown API route is 404 and a wrong method 405, both as JSON', async () => {
    const missing = await fetch(`${server.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe(JSON_TYPE);
    expect(await missing.json()).toEqual({ error: 'No such API route' });
    const wrongMethod = await fetch(`${server.url}/api/boards`, { method: 'PUT' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('content-type')).toBe(JSON_TYPE);
    expect(await wrongMethod.json()).toEqual({ error: 'PUT is not allowed here' });
  });

  describe('POST bodies must be JSON', () => {
    it.each([
      ['text/plain (a cross-site form or fetch)', { 'content-type': 'text/plain' }],
      ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['JSON in another charset', { 'content-type': 'application/json; charset=latin1' }],
      ['no type at all', {} as Record<string, string>],
    ])('creating a board with %s is refused with 415, and no board is made', async (_what, headers) => {
      const before = boardCount(server);
      const res = await post(`${server.url}/api/boards`, new Blob([JSON.stringify({ title: 'Cross-site' })]), headers);
      expect(res.status).toBe(415);
      expect(res.headers.get('content-type')).toBe(JSON_TYPE);
      expect((await res.json()) as { error: string }).toEqual({
        error: 'The request body must be JSON, sent as Content-Type: application/json',
      });
      expect(boardCount(server)).toBe(before);
    });

    it('an import sent as text/plain is refused with 415', async () => {
      const before = boardCount(server);
      const res = await post(`${server.url}/api/boards/import`, boardToJson(largeBoard(2)), { 'content-type': 'text/plain' });
      expect(res.status).toBe(415);
      expect(boardCount(server)).toBe(before);
    });

    it.each(['application/json', 'application/json; charset=UTF-8', 'Application/JSON;charset="utf-8"'])(
      'a board is created with Content-Type %s',
      async (type) => {
        const res = await post(`${server.url}/api/boards`, JSON.stringify({ title: 'Fine' }), { 'content-type': type });
        expect(res.status).toBe(201);
      },
    );

    it('replacing links, a POST without a body, still works', async () => {
      const own = await createBoard(server.url);
      const res = await fetch(`${server.url}/api/boards/${own.id}/links`, {
        method: 'POST',
        headers: { authorization: `Bearer ${own.editToken}` },
      });
      expect(res.status).toBe(200);
    });
  });

  it('imports a 2,000-agency JSON export (about 3.9 MiB), larger than a WebSocket frame may be', async () => {
    const file = boardToJson(big);
    expect(Buffer.byteLength(file)).toBeGreaterThan(3.5 * 1024 * 1024);
    const res = await post(`${server.url}/api/boards/import`, file);
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreatedBoard;
    const back = await fetch(`${server.url}/api/boards/${created.id}/export.json`, {
      headers: { authorization: `Bearer ${created.viewToken}` },
    });
    expect(parseBoardJson(await back.text())).toEqual(big);
    // And it opens live, though its state is larger than a client may send in one frame.
    const client = connect(server.wsUrl, created.id, created.editToken);
    try {
      await synced(client);
      await until(() => client.board().agencies.length === 2000, 'the imported board to sync', 30_000);
    } finally {
      client.close();
    }
  }, 90_000);

  describe('every answer carries the security headers', () => {
    const expectHeaders = (headers: Headers | Record<string, string>) => {
      const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
      expect(get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(get('x-content-type-options')).toBe('nosniff');
      expect(get('referrer-policy')).toBe('no-referrer');
    };

    it('has a policy that holds at least what the app was promised', () => {
      const directives = CONTENT_SECURITY_POLICY.split('; ');
      for (const d of [
        "default-src 'self'",
        "connect-src 'self' ws: wss:",
        "img-src 'self' data: blob:",
        "style-src 'self' 'unsafe-inline'",
        "frame-ancestors 'none'",
      ]) expect(directives).toContain(d);
    });

    it.each([
      ['the SPA page at /', '/', 'text/html'],
      ['the SPA page for a board link', '/b/AAAAAAAAAAAAAAAAAAAAAA', 'text/html'],
      ['a static asset', '/assets/index-abc123.js', 'text/javascript'],
      ['the health check', '/healthz', 'application/json'],
      ['an API 404', '/api/nothing-here', 'application/json'],
      ['a board that does not exist', '/api/boards/AAAAAAAAAAAAAAAAAAAAAA', 'application/json'],
    ])('%s', async (_what, target, type) => {
      const res = await fetch(`${server.url}${target}`);
      expect(res.headers.get('content-type')).toContain(type);
      expectHeaders(res.headers);
    });

    it('API answers: a new board, its info, an export, a refusal', async () => {
      const created = await post(`${server.url}/api/boards`, JSON.stringify({ title: 'Headers' }));
      expectHeaders(created.headers);
      const { id, viewToken } = (await created.json()) as CreatedBoard;
      expectHeaders((await fetch(`${server.url}/api/boards/${id}?token=${viewToken}`)).headers);
      expectHeaders((await fetch(`${server.url}/api/boards/${id}/export.json?token=${viewToken}`)).headers);
      expectHeaders((await post(`${server.url}/api/boards`, 'x', { 'content-type': 'text/plain' })).headers);
    });

    it('the 400 for a malformed target', async () => {
      const answer = (await rawRequest(server.url, 'GET //[ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')) as RawAnswer;
      expectHeaders(answer.headers);
    });

    it.each([
      ['a request Node cannot parse', 'GET / HTTP/1.1\r\nHost: localhost\r\nthis is no header\r\n\r\n', 400],
      ['headers past the size limit', `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ])('%s gets %i as JSON, with the headers', async (_what, text, status) => {
      const answer = (await rawRequest(server.url, text)) as RawAnswer;
      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toBe(JSON_TYPE);
      expectHeaders(answer.headers);
      await stillServes(server);
    });
  });
});

describe('HTTP: new boards are limited per client address', () => {
  const LIMIT = 30;
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(undefined, { BOARD_CREATE_LIMIT: String(LIMIT), MAX_IMPORT_BYTES: String(64 * 1024) });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('an import over MAX_IMPORT_BYTES is refused with 413 and makes no board', async () => {
    const res = await post(`${server.url}/api/boards/import`, boardToJson(largeBoard(100)));
    expect(res.status).toBe(413);
    expect(boardCount(server)).toBe(0);
  });

  it('past BOARD_CREATE_LIMIT a minute, creating and importing get 429 with Retry-After; later one more is allowed', async () => {
    let created = 0;
    let refused: Response | undefined;
    while (!refused && created <= LIMIT) {
      const res = await post(`${server.url}/api/boards`, JSON.stringify({ title: `Board ${created}` }));
      if (res.status === 201) created++;
      else refused = res;
    }
    // The 413 import above took one of the budget.
    expect(created).toBe(LIMIT - 1);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('content-type')).toBe(JSON_TYPE);
    expect(refused?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const wait = Number(refused?.headers.get('retry-after'));
    // One board a minute per LIMIT: a token comes back within 60 / LIMIT seconds.
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(Math.ceil(60 / LIMIT));
    expect(((await refused!.json()) as { error: string }).error).toMatch(/^Too many new boards from this address/);

    const imported = await post(`${server.url}/api/boards/import`, boardToJson(largeBoard(2)));
    expect(imported.status).toBe(429);
    expect(boardCount(server)).toBe(LIMIT - 1);
    // Other requests are not limited.
    await stillServes(server);

    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    expect((await post(`${server.url}/api/boards`, JSON.stringify({ title: 'After the wait' }))).status).toBe(201);
  });
});
