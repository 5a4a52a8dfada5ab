import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseBoard, type BoardAnalysis } from '@partnermap/shared/analysis';
import { addExchange } from '@partnermap/shared/doc';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { boardToJson } from '@partnermap/shared/formats';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { connect, importBoard, synced, until } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

describe('the analysis API on the running server', () => {
  let server: RunningServer;
  let imported: CreatedBoard;
  const board = sampleBoard();
  const analysisUrl = (query = '') => `${server.url}/api/boards/${imported.id}/analysis.json${query}`;

  beforeAll(async () => {
    server = await startServer();
    const res = await importBoard(server.url, boardToJson(board));
    expect(res.status).toBe(201);
    imported = (await res.json()) as CreatedBoard;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('a view token may read the analysis of an imported board: the same figures the views compute', async () => {
    const res = await fetch(analysisUrl(`?token=${imported.viewToken}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const analysis = (await res.json()) as BoardAnalysis;
    expect(analysis).toEqual(JSON.parse(JSON.stringify(analyseBoard(board))));
    // Worked out from the sample: 4 agencies, 3 relationships in a path, one disagreement.
    expect(analysis.network).toMatchObject({ agencies: 4, relationships: 3, density: 0.5, components: 1, isolates: [] });
    expect(analysis.relationships.filter((r) => r.disagreement)).toHaveLength(1);
  });

  it('takes the edit token as a Bearer token too', async () => {
    const res = await fetch(analysisUrl(), { headers: { authorization: `Bearer ${imported.editToken}` } });
    expect(res.status).toBe(200);
  });

  it.each([
    ['a bad token', '?token=not-a-token'],
    ['no token', ''],
  ])('%s gets 401 and no figures', async (_label, query) => {
    const res = await fetch(analysisUrl(query));
    expect(res.status).toBe(401);
    expect(await res.json()).not.toHaveProperty('network');
  });

  it('answers 404 for a board that does not exist', async () => {
    const res = await fetch(`${server.url}/api/boards/${'x'.repeat(22)}/analysis.json?token=${imported.viewToken}`);
    expect(res.status).toBe(404);
  });

  it('follows the live board: an exchange added by a colleague shows in the next answer', async () => {
    const client = connect(server.wsUrl, imported.id, imported.editToken);
    await synced(client);
    const trust = board.agencies.find((a) => a.name === 'Riverside Hospital Trust')!;
    const asc = board.agencies.find((a) => a.name === 'Adult Social Care')!;
    const rel = board.relationships.find((r) => r.source === trust.id && r.target === asc.id)!;
    addExchange(client.doc, { relationshipId: rel.id, from: trust.id, to: asc.id, currency: 'information', description: 'Discharge summaries' });

    // Once another client has the exchange, the server has it too.
    const probe = connect(server.wsUrl, imported.id, imported.viewToken);
    await synced(probe);
    await until(() => probe.board().exchanges.length === board.exchanges.length + 1, 'the server to hold the exchange');
    const analysis = (await (await fetch(analysisUrl(`?token=${imported.viewToken}`))).json()) as BoardAnalysis;
    expect(analysis.currencies.find((c) => c.currency === 'information')).toMatchObject({
      exchanges: 1,
      agencies: expect.arrayContaining([expect.objectContaining({ id: trust.id, share: 1 })]),
    });
    client.close();
    probe.close();
  });
});
