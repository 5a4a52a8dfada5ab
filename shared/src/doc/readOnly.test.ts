import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addAgency, moveAgency, removeAgency, updateAgency } from './agencies.ts';
import {
  applyBoardUpdate,
  batch,
  createBoardDoc,
  decodeStateVector,
  encodeBoard,
  extendStateVector,
  holdsBeyond,
  openBoardDoc,
  ReadOnlyBoardError,
  setReadOnly,
} from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { addExchange, removeExchange, updateExchange } from './exchanges.ts';
import { addGoal, removeGoal, setMeta, setReviewAnswer, updateGoal } from './meta.ts';
import { dissolvePartnership, formPartnership, setPartnershipMembers, updatePartnership } from './partnerships.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies, removeRelationship, updateRelationship } from './relationships.ts';

function sampleBoard() {
  const doc = createBoardDoc({ title: 'Discharge to assess' });
  const gp = addAgency(doc, { name: 'GP' });
  const council = addAgency(doc, { name: 'Council' });
  const hospice = addAgency(doc, { name: 'Hospice' });
  const rel = connectAgencies(doc, gp, council);
  const ex = addExchange(doc, { relationshipId: rel, from: gp, to: council, currency: 'referrals', description: '' });
  const goal = addGoal(doc, 'People go home sooner');
  const partnership = formPartnership(doc, [gp, council]);
  return { doc, gp, council, hospice, rel, ex, goal, partnership };
}

type Sample = ReturnType<typeof sampleBoard>;

describe('a view-only board', () => {
  it.each<[string, (s: Sample) => unknown]>([
    ['adding an agency', (s) => addAgency(s.doc, { name: 'New' })],
    ['renaming an agency', (s) => updateAgency(s.doc, s.gp, { name: 'Renamed' })],
    ['moving an agency', (s) => moveAgency(s.doc, s.gp, { x: 50, y: 50 })],
    ['removing an agency', (s) => removeAgency(s.doc, s.gp)],
    ['connecting two agencies', (s) => connectAgencies(s.doc, s.council, s.hospice)],
    ['changing a relationship', (s) => updateRelationship(s.doc, s.rel, { integration: 4 })],
    ['removing a relationship', (s) => removeRelationship(s.doc, s.rel)],
    ['adding an exchange', (s) => addExchange(s.doc, { relationshipId: s.rel, from: s.council, to: s.gp, currency: 'money', description: '' })],
    ['changing an exchange', (s) => updateExchange(s.doc, s.ex, { description: 'weekly' })],
    ['removing an exchange', (s) => removeExchange(s.doc, s.ex)],
    ['forming a partnership', (s) => formPartnership(s.doc, [s.hospice])],
    ['changing a partnership', (s) => updatePartnership(s.doc, s.partnership, { name: 'Board' })],
    ['changing its members', (s) => setPartnershipMembers(s.doc, s.partnership, [s.gp])],
    ['dissolving a partnership', (s) => dissolvePartnership(s.doc, s.partnership)],
    ['adding a goal', (s) => addGoal(s.doc, 'Fewer falls')],
    ['changing a goal', (s) => updateGoal(s.doc, s.goal, 'Fewer falls')],
    ['removing a goal', (s) => removeGoal(s.doc, s.goal)],
    ['renaming the board', (s) => setMeta(s.doc, { title: 'Renamed' })],
    ['answering a review question', (s) => setReviewAnswer(s.doc, 'goal', { answer: 'Yes' }, 'Sam')],
    ['a batch of edits', (s) => batch(s.doc, () => undefined)],
  ])('refuses %s with a plain error and changes nothing, not even locally', (_label, edit) => {
    const s = sampleBoard();
    setReadOnly(s.doc, true);
    const before = encodeBoard(s.doc);
    expect(() => edit(s)).toThrow(ReadOnlyBoardError);
    expect(() => edit(s)).toThrow('This board is open with a view-only link: it cannot be changed from here');
    expect(encodeBoard(s.doc)).toEqual(before);
  });

  it('still takes the server’s updates, and can be made editable again', () => {
    const s = sampleBoard();
    const viewer = openBoardDoc();
    applyBoardUpdate(viewer, encodeBoard(s.doc));
    setReadOnly(viewer, true);
    addAgency(s.doc, { name: 'Hospital trust' });
    applyBoardUpdate(viewer, Y.encodeStateAsUpdate(yDocOf(s.doc), Y.encodeStateVector(yDocOf(viewer))));
    expect(readBoard(viewer).board.agencies.map((a) => a.name)).toContain('Hospital trust');
    setReadOnly(viewer, false);
    addAgency(viewer, { name: 'Mine' });
    expect(readBoard(viewer).board.agencies).toHaveLength(5);
  });
});

describe('holdsBeyond', () => {
  it('tells a copy holding edits the server never took from one that holds only what the server sent', () => {
    const server = sampleBoard().doc;
    const copy = openBoardDoc();
    const known = decodeStateVector(Y.encodeStateVector(yDocOf(server)));
    applyBoardUpdate(copy, encodeBoard(server));
    expect(holdsBeyond(copy, known)).toBe(false);

    // A colleague's later edit, relayed by the server: still nothing of the copy's own.
    const before = Y.encodeStateVector(yDocOf(server));
    addAgency(server, { name: 'Colleague’s agency' });
    const relayed = Y.encodeStateAsUpdate(yDocOf(server), before);
    applyBoardUpdate(copy, relayed);
    expect(holdsBeyond(copy, known)).toBe(true);
    extendStateVector(known, relayed);
    expect(holdsBeyond(copy, known)).toBe(false);

    addAgency(copy, { name: 'Made here only' });
    expect(holdsBeyond(copy, known)).toBe(true);
  });
});
