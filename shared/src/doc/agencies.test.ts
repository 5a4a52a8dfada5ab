import { describe, expect, it } from 'vitest';
import { addAgency, moveAgencies, moveAgency, removeAgency, updateAgency } from './agencies.ts';
import { createBoardUndo } from './undo.ts';
import { applyBoardUpdate, createBoardDoc, encodeBoard, observeBoard } from './boardDoc.ts';
import { addExchange } from './exchanges.ts';
import { formPartnership } from './partnerships.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies } from './relationships.ts';

describe('agencies', () => {
  it('adds an agency with defaults for the fields not given', () => {
    const doc = createBoardDoc();
    const id = addAgency(doc, { name: 'Riverside Housing', sector: 'housing' });
    const { board, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(board.agencies).toEqual([
      {
        id,
        name: 'Riverside Housing',
        sector: 'housing',
        description: '',
        contact: '',
        values: [],
        position: { x: 0, y: 0 },
      },
    ]);
  });

  it.each([
    ['name', { name: 'Adult Social Care' }],
    ['sector', { sector: 'social-care' as const }],
    ['values', { values: ['employment' as const, 'training' as const] }],
    ['description and contact', { description: 'Front door', contact: 'Sam, duty manager' }],
  ])('updates %s and leaves the other fields alone', (_label, patch) => {
    const doc = createBoardDoc();
    const id = addAgency(doc, { name: 'Before', sector: 'housing', position: { x: 5, y: 6 } });
    const before = readBoard(doc).board.agencies[0];
    updateAgency(doc, id, patch);
    expect(readBoard(doc).board.agencies[0]).toEqual({ ...before, ...patch });
  });

  it('refuses an invalid patch and an unknown id without changing the board', () => {
    const doc = createBoardDoc();
    const id = addAgency(doc, { name: 'GP practice', sector: 'nhs-primary-care' });
    const before = readBoard(doc).board;
    expect(() => updateAgency(doc, id, { sector: 'helth' as never })).toThrow();
    expect(() => updateAgency(doc, 'nope', { name: 'x' })).toThrow(/No agency with id nope/);
    expect(readBoard(doc).board).toEqual(before);
  });

  it('moves an agency to whole-pixel coordinates', () => {
    const doc = createBoardDoc();
    const id = addAgency(doc);
    moveAgency(doc, id, { x: 10.4, y: -3.6 });
    expect(readBoard(doc).board.agencies[0]?.position).toEqual({ x: 10, y: -4 });
  });

  it('removes an agency with its relationships, their exchanges and its memberships in one update', () => {
    const doc = createBoardDoc();
    const gp = addAgency(doc, { name: 'GP' });
    const council = addAgency(doc, { name: 'Council' });
    const charity = addAgency(doc, { name: 'Charity' });
    const gpCouncil = connectAgencies(doc, gp, council);
    const councilCharity = connectAgencies(doc, council, charity);
    addExchange(doc, { relationshipId: gpCouncil, from: gp, to: council, currency: 'referrals', description: '' });
    const kept = addExchange(doc, {
      relationshipId: councilCharity,
      from: council,
      to: charity,
      currency: 'money',
      description: 'grant',
    });
    const withGp = formPartnership(doc, [gp, council], { name: 'Locality board' });
    formPartnership(doc, [gp], { name: 'GP only' });

    let updates = 0;
    const stop = observeBoard(doc, () => updates++);
    removeAgency(doc, gp);
    stop();

    expect(updates).toBe(1);
    const { board, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(board.agencies.map((a) => a.id).sort()).toEqual([council, charity].sort());
    expect(board.relationships.map((r) => r.id)).toEqual([councilCharity]);
    expect(board.exchanges.map((e) => e.id)).toEqual([kept]);
    // A partnership keeps its other members; one left with none is dissolved.
    expect(board.partnerships.map((p) => [p.id, p.memberIds])).toEqual([[withGp, [council]]]);
  });

  it('moves many agencies as one update that a colleague receives whole, and undo takes back in one step', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc, { name: 'Riverside Hospital', position: { x: 0, y: 0 } });
    const b = addAgency(doc, { name: 'Adult Social Care', position: { x: 10, y: 10 } });
    const colleague = createBoardDoc();
    applyBoardUpdate(colleague, encodeBoard(doc), 'remote');
    const undo = createBoardUndo(doc);
    let updates = 0;
    const stop = observeBoard(doc, () => updates++);
    const moved = moveAgencies(doc, new Map([[a, { x: 300.4, y: -20 }], [b, { x: -300, y: 80.6 }], ['gone', { x: 1, y: 1 }]]));
    stop();

    expect(moved).toBe(2);
    expect(updates).toBe(1);
    applyBoardUpdate(colleague, encodeBoard(doc), 'remote');
    const positions = (d: typeof doc) => Object.fromEntries(readBoard(d).board.agencies.map((x) => [x.name, x.position]));
    expect(positions(colleague)).toEqual({ 'Riverside Hospital': { x: 300, y: -20 }, 'Adult Social Care': { x: -300, y: 81 } });
    expect(readBoard(doc).board.agencies).toHaveLength(2);

    undo.undo();
    expect(positions(doc)).toEqual({ 'Riverside Hospital': { x: 0, y: 0 }, 'Adult Social Care': { x: 10, y: 10 } });
    undo.destroy();
  });

  it('refuses a position that is not a number, moving nothing', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc, { position: { x: 5, y: 5 } });
    const b = addAgency(doc, { position: { x: 6, y: 6 } });
    expect(() => moveAgencies(doc, new Map([[a, { x: 1, y: 1 }], [b, { x: Number.NaN, y: 0 }]]))).toThrow();
    expect(readBoard(doc).board.agencies.map((x) => x.position.x).sort()).toEqual([5, 6]);
  });
});
