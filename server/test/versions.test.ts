import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgency, connectAgencies, removeAgency, updateRelationship } from '@partnermap/shared/doc';
import type { BoardDiff, MeasureChange } from '@partnermap/shared/history';
import type { CreatedBoard, CreatedVersion, FieldHistoryEntry, RestoredVersion, VersionSummary } from '@partnermap/shared/protocol';
import { connect, createBoard, synced, until, type Client } from './clients.ts';
import { logRows } from './sqliteFile.ts';
import { startServer, tempDataDir, type RunningServer } from './serverProcess.ts';

/** Waits until the server has stored every edit the client made (the top bar's "saved"). */
async function saved(client: Client, server: RunningServer, board: CreatedBoard, check: (c: Client) => boolean): Promise<void> {
  await until(() => check(client), 'the edit locally');
  // A second client sees an edit only once it is stored: then the API reads it too.
  const observer = connect(server.wsUrl, board.id, board.viewToken);
  try {
    await synced(observer);
    await until(() => check(observer), 'the edit stored');
  } finally {
    observer.close();
  }
}

function presence(name: string) {
  return { name, colour: '#1f77b4', role: 'edit', cursor: null, selection: [], viewport: null };
}

describe('versions, compare and restore against the real server', () => {
  let server: RunningServer;
  const dataDir = tempDataDir();
  const clients: Client[] = [];
  const open = (board: CreatedBoard, token = board.editToken) => {
    const c = connect(server.wsUrl, board.id, token);
    clients.push(c);
    return c;
  };
  const api = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api/boards/${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
  const makeVersion = async (board: CreatedBoard, name: string): Promise<CreatedVersion> => {
    const res = await api(`${board.id}/versions`, board.editToken, { method: 'POST', body: JSON.stringify({ name, createdBy: 'Sam' }) });
    expect(res.status).toBe(201);
    return (await res.json()) as CreatedVersion;
  };

  beforeAll(async () => {
    // A small compaction threshold, so the log is merged into the snapshot within the test.
    server = await startServer(dataDir, { UNLOAD_AFTER_MS: '200', COMPACT_AFTER_UPDATES: '3' });
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) c.close();
    await server.stop();
  });

  it('a version survives compaction and a restart, and exports the board as it was', async () => {
    const board = await createBoard(server.url, 'Discharge');
    const a = open(board);
    await synced(a);
    const ward = addAgency(a.doc, { name: 'Ward 7', sector: 'nhs-acute' });
    await saved(a, server, board, (c) => c.board().agencies.length === 1);
    const version = await makeVersion(board, 'Before the 2026 review');
    expect(version.name).toBe('Before the 2026 review');
    for (const name of ['GP practice', 'Carers centre', 'Housing options', 'Reablement']) addAgency(a.doc, { name });
    removeAgency(a.doc, ward);
    await saved(a, server, board, (c) => c.board().agencies.length === 4);
    a.close();
    // Compaction merges the log into the snapshot (it never held the version).
    await until(() => logRows(dataDir, board.id) === 0, 'the log to be compacted', 15_000);

    await server.stop();
    server = await startServer(dataDir, { UNLOAD_AFTER_MS: '200', COMPACT_AFTER_UPDATES: '3' });

    const list = (await (await api(`${board.id}/versions`, board.viewToken)).json()) as VersionSummary[];
    expect(list.find((v) => v.id === version.id)).toEqual({ ...version, auto: false, createdBy: 'Sam' });
    // The day's first edit kept the board as it was before it: the empty board.
    expect(list.filter((v) => v.auto)).toHaveLength(1);
    const res = await api(`${board.id}/versions/${version.id}/export.json`, board.viewToken);
    expect(res.status).toBe(200);
    const exported = (await res.json()) as { board: { agencies: { name: string }[] } };
    expect(exported.board.agencies.map((x) => x.name)).toEqual(['Ward 7']);
  });

  it('diff after edits from two clients names what each added, removed and changed', async () => {
    const board = await createBoard(server.url);
    const [a, b] = [open(board), open(board)];
    await Promise.all([synced(a), synced(b)]);
    const ward = addAgency(a.doc, { name: 'Ward 7' });
    const social = addAgency(a.doc, { name: 'Social work team' });
    const housing = addAgency(a.doc, { name: 'Housing options' });
    const rel = connectAgencies(a.doc, ward, social, { integration: 2 });
    await saved(a, server, board, (c) => c.board().relationships.length === 1);
    const version = await makeVersion(board, 'Spring');

    await until(() => b.board().relationships.length === 1, 'b to have the relationship');
    updateRelationship(b.doc, rel, { integration: 4, kind: 'coordinating' });
    removeAgency(b.doc, housing);
    const carers = addAgency(a.doc, { name: 'Carers centre' });
    await saved(a, server, board, (c) => c.board().agencies.length === 3 && c.board().relationships[0]?.integration === 4);

    const res = await api(`${board.id}/diff?from=${version.id}&to=now`, board.viewToken);
    expect(res.status).toBe(200);
    const diff = (await res.json()) as BoardDiff & { measures: MeasureChange[] };
    expect(diff.agencies).toEqual({ added: [carers], removed: [housing], changed: [] });
    expect(diff.relationships.changed).toEqual([{ id: rel, fields: ['integration', 'kind'], integration: { from: 2, to: 4 } }]);
    expect(diff.measures.find((m) => m.measure === 'meanIntegration')).toEqual({ measure: 'meanIntegration', from: 2, to: 4, change: 2 });

    // Between two versions, and the same version against itself.
    const later = await makeVersion(board, 'Summer');
    const between = (await (await api(`${board.id}/diff?from=${later.id}&to=${version.id}`, board.viewToken)).json()) as BoardDiff;
    expect(between.agencies).toEqual({ added: [housing], removed: [carers], changed: [] });
  });

  it('restore reaches connected clients as one change, and keeps the board before it as a version', async () => {
    const board = await createBoard(server.url);
    const [a, b] = [open(board), open(board)];
    await Promise.all([synced(a), synced(b)]);
    addAgency(a.doc, { name: 'Ward 7' });
    await saved(a, server, board, (c) => c.board().agencies.length === 1);
    const version = await makeVersion(board, 'One agency');
    addAgency(b.doc, { name: 'GP practice' });
    addAgency(b.doc, { name: 'Carers centre' });
    await saved(b, server, board, (c) => c.board().agencies.length === 3);

    const res = await api(`${board.id}/versions/${version.id}/restore`, board.editToken, { method: 'POST', body: JSON.stringify({ restoredBy: 'Ana' }) });
    expect(res.status).toBe(200);
    const restored = (await res.json()) as RestoredVersion;
    expect(restored.restored).toBe(version.id);
    for (const c of [a, b]) await until(() => c.board().agencies.length === 1, 'the restore to reach a client');
    expect(a.board().agencies.map((x) => x.name)).toEqual(['Ward 7']);

    // Nothing is lost: the board before the restore is a version, and restoring it brings it back.
    const list = (await (await api(`${board.id}/versions`, board.viewToken)).json()) as VersionSummary[];
    expect(list.find((v) => v.id === restored.before.id)).toMatchObject({ auto: true, name: 'Before restoring “One agency”' });
    expect((await api(`${board.id}/versions/${restored.before.id}/restore`, board.editToken, { method: 'POST' })).status).toBe(200);
    for (const c of [a, b]) await until(() => c.board().agencies.length === 3, 'the board back as it was');
  });

  it('a view link can list and compare but cannot make, restore or delete a version', async () => {
    const board = await createBoard(server.url);
    const version = await makeVersion(board, 'Start');
    const asViewer = [
      api(`${board.id}/versions`, board.viewToken, { method: 'POST', body: JSON.stringify({ name: 'Mine' }) }),
      api(`${board.id}/versions/${version.id}/restore`, board.viewToken, { method: 'POST' }),
      api(`${board.id}/versions/${version.id}`, board.viewToken, { method: 'DELETE' }),
    ];
    for (const res of await Promise.all(asViewer)) expect(res.status).toBe(403);
    expect((await api(`${board.id}/versions`, board.viewToken)).status).toBe(200);
    expect((await api(`${board.id}/versions`, 'not-a-token')).status).toBe(401);
    const list = (await (await api(`${board.id}/versions`, board.viewToken)).json()) as VersionSummary[];
    expect(list.map((v) => v.name)).toEqual(['Start']);
  });

  it('refuses bad input with a clear error and keeps nothing of it', async () => {
    const board = await createBoard(server.url);
    const version = await makeVersion(board, 'Start');
    const post = (body: unknown) => api(`${board.id}/versions`, board.editToken, { method: 'POST', body: JSON.stringify(body) });
    const cases: [Promise<Response>, number, RegExp][] = [
      [post({ name: 'x'.repeat(201) }), 400, /at most 200/],
      [post({ name: '   ' }), 400, /give the version a name/],
      [post({}), 400, /name/],
      [post({ name: 'ok', createdBy: 'y'.repeat(61) }), 400, /at most 60/],
      [api(`${board.id}/versions/not-a-version/restore`, board.editToken, { method: 'POST' }), 404, /no version/],
      [api(`${board.id}/versions/${crypto.randomUUID()}/export.json`, board.viewToken), 404, /no version/],
      [api(`${board.id}/diff?to=now`, board.viewToken), 400, /from/],
      [api(`${board.id}/diff?from=${version.id}`, board.viewToken), 400, /to/],
      [api(`${board.id}/diff?from=now&to=${version.id}`, board.viewToken), 404, /from/],
      [api(`${board.id}/diff?from=${version.id}&to=%00`, board.viewToken), 404, /to/],
      [api(`${board.id}/history`, board.viewToken), 400, /entity/],
    ];
    for (const [pending, status, message] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    }
    const list = (await (await api(`${board.id}/versions`, board.viewToken)).json()) as VersionSummary[];
    expect(list.map((v) => v.name)).toEqual(['Start']);
  });

  it('who changed what: the relationship history names the editor from their presence', async () => {
    const board = await createBoard(server.url);
    const sam = open(board);
    await synced(sam);
    sam.provider.awareness.setLocalState(presence('Sam'));
    const watcher = open(board);
    await synced(watcher);
    await until(() => [...watcher.provider.awareness.getStates().values()].some((s) => (s as { name?: string }).name === 'Sam'), 'Sam\'s presence at the server');
    const ward = addAgency(sam.doc, { name: 'Ward 7' });
    const social = addAgency(sam.doc, { name: 'Social work team' });
    const rel = connectAgencies(sam.doc, ward, social);
    updateRelationship(sam.doc, rel, { integration: 3 });
    await saved(sam, server, board, (c) => c.board().relationships[0]?.integration === 3);

    const history = (await (await api(`${board.id}/history?entity=${rel}`, board.viewToken)).json()) as FieldHistoryEntry[];
    expect(history[0]).toMatchObject({ field: 'integration', value: '3', name: 'Sam' });
    expect(Date.now() - Date.parse(history[0]!.at)).toBeLessThan(60_000);
    expect(history.at(-1)).toMatchObject({ field: 'added', name: 'Sam' });
  });
});
