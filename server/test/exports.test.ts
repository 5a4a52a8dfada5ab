import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgency, addExchange, connectAgencies } from '@partnermap/shared/doc';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { connect, createBoard, synced, until } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

describe('exports and imports through the running server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('a live board exported as JSON imports into a new, equal board', async () => {
    const original = await createBoard(server.url, 'Discharge to assess', 'People leave hospital without delay');
    const a = connect(server.wsUrl, original.id, original.editToken);
    await synced(a);
    const ward = addAgency(a.doc, { name: 'Ward 7', sector: 'nhs-acute' });
    const reablement = addAgency(a.doc, { name: 'Reablement team', sector: 'social-care' });
    const rel = connectAgencies(a.doc, ward, reablement, { integration: 3 });
    addExchange(a.doc, { relationshipId: rel, from: ward, to: reablement, currency: 'referrals', description: 'Daily list' });

    // Once another client has the exchange, the server has it too.
    const probe = connect(server.wsUrl, original.id, original.viewToken);
    await synced(probe);
    await until(() => probe.board().exchanges.length === 1, 'the server to hold the exchange');
    probe.close();
    const text = await (await fetch(`${server.url}/api/boards/${original.id}/export.json?token=${original.viewToken}`)).text();
    expect(text).toContain('Daily list');

    const res = await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    expect(res.status).toBe(201);
    const copy = (await res.json()) as CreatedBoard;
    const b = connect(server.wsUrl, copy.id, copy.viewToken);
    await synced(b);
    await until(() => b.board().exchanges.length === 1, 'the imported board');
    expect(b.board().agencies).toEqual(a.board().agencies);
    expect(b.board().relationships).toEqual(a.board().relationships);
    expect(b.board().meta.title).toBe('Discharge to assess');
    a.close();
    b.close();
  });

  it('a malformed import is refused with the field at fault', async () => {
    const res = await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'partnermap', schemaVersion: 1, board: { meta: {}, agencies: [{ id: 'x' }] } }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: { where: string; message: string }[] };
    expect(body.problems).toContainEqual({ where: 'Agency 1, field "Sector"', message: expect.stringMatching(/^is missing; expected one of Health: acute/) });
  });
});
