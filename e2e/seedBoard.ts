import { expect, type APIRequestContext } from './support/test.ts';
import {
  addAgency,
  addExchange,
  connectAgencies,
  createBoardDoc,
  destroyBoardDoc,
  formPartnership,
  readBoard,
} from '@partnermap/shared/doc';
import { type Board } from '@partnermap/shared/model';
import { type CreatedBoard } from '@partnermap/shared/protocol';
import { boardToJson } from '@partnermap/shared/formats';

/**
 * A discharge partnership spread wide across the board, far wider than the screen shows at
 * once: five sectors, all four degrees of integration, an exchange and a partnership.
 */
export function wideBoard(title = 'Discharge to assess, Northshire'): Board {
  const doc = createBoardDoc({ title });
  const trust = addAgency(doc, { name: 'Riverside Hospital Trust', sector: 'nhs-acute', position: { x: 0, y: 0 } });
  const asc = addAgency(doc, { name: 'Adult Social Care', sector: 'social-care', position: { x: 520, y: 0 } });
  const housing = addAgency(doc, { name: 'Northshire Homes & Housing', sector: 'housing', position: { x: 1040, y: 320 } });
  const age = addAgency(doc, { name: 'Age Concern Northshire', sector: 'voluntary-community', position: { x: 1560, y: 0 } });
  const gps = addAgency(doc, { name: 'Northshire GP Federation', sector: 'nhs-primary-care', position: { x: 2080, y: 320 } });
  const r1 = connectAgencies(doc, trust, asc, { integration: 4 });
  connectAgencies(doc, asc, housing, { integration: 3 });
  connectAgencies(doc, housing, age, { integration: 2 });
  connectAgencies(doc, age, gps, { integration: 1 });
  addExchange(doc, { relationshipId: r1, from: trust, to: asc, currency: 'referrals', description: 'Discharge notices' });
  formPartnership(doc, [trust, asc], { name: 'Home First team', model: 'co-located-staff' });
  const { board } = readBoard(doc);
  destroyBoardDoc(doc);
  return board;
}

/** Creates the board on the server through the import API, as an automation would. */
export async function seedBoard(request: APIRequestContext, board: Board = wideBoard()): Promise<CreatedBoard> {
  const res = await request.post('/api/boards/import', { data: boardToJson(board), headers: { 'Content-Type': 'application/json' } });
  expect(res.status()).toBe(201);
  return (await res.json()) as CreatedBoard;
}
