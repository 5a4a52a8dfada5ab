import { describe, expect, it } from 'vitest';
import { addAgency, removeAgency, updateAgency } from './agencies.ts';
import { applyBoardUpdate, createBoardDoc, destroyBoardDoc, encodeBoard, observeBoard, openBoardDoc } from './boardDoc.ts';
import { addExchange } from './exchanges.ts';
import { observeFieldChanges, type FieldChange } from './fieldChanges.ts';
import { addGoal, setMeta, setReviewAnswer } from './meta.ts';
import { RESTORE_ORIGIN } from './origins.ts';
import { formPartnership } from './partnerships.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies, removeRelationship, updateRelationship } from './relationships.ts';
import { restoreBoard } from './restore.ts';

/** A board with something of every kind, and the plain board it is at this moment (a version). */
function boardWithVersion() {
  const doc = createBoardDoc({ title: 'Discharge to assess' });
  const ward = addAgency(doc, { name: 'Ward 7', sector: 'nhs-acute' });
  const social = addAgency(doc, { name: 'Social work team', sector: 'social-care' });
  const housing = addAgency(doc, { name: 'Housing options', sector: 'housing' });
  const rel = connectAgencies(doc, ward, social, { integration: 2, notes: 'weekly huddle' });
  addExchange(doc, { relationshipId: rel, from: ward, to: social, currency: 'information', description: 'discharge dates' });
  formPartnership(doc, [ward, social], { name: 'Discharge hub' });
  addGoal(doc, 'People go home sooner');
  setReviewAnswer(doc, 'goal', { answer: 'Home first' }, 'Sam');
  return { doc, ward, social, housing, rel, version: readBoard(doc).board };
}

describe('restoreBoard', () => {
  it('makes the board equal the version after edits of every kind, in one change', () => {
    const { doc, ward, social, housing, rel, version } = boardWithVersion();
    updateRelationship(doc, rel, { integration: 4, trustFromSource: 'high' });
    updateAgency(doc, ward, { name: 'Ward 7 (frailty)' });
    removeAgency(doc, housing);
    const added = addAgency(doc, { name: 'Carers centre', sector: 'voluntary-community' });
    connectAgencies(doc, added, social);
    setMeta(doc, { title: 'Renamed' });
    setReviewAnswer(doc, 'model', { answer: 'Not yet' }, 'Ana');
    expect(readBoard(doc).board).not.toEqual(version);

    const updates: unknown[] = [];
    const stop = observeBoard(doc, (origin) => updates.push(origin));
    restoreBoard(doc, version);
    stop();

    expect(readBoard(doc).board).toEqual(version);
    expect(updates).toEqual([RESTORE_ORIGIN]);
    destroyBoardDoc(doc);
  });

  it('reaches a peer holding the later board as one update, which then equals the version too', () => {
    const { doc, rel, version } = boardWithVersion();
    removeRelationship(doc, rel);
    const peer = openBoardDoc();
    applyBoardUpdate(peer, encodeBoard(doc));
    const sent: Uint8Array[] = [];
    const stop = observeBoard(doc, (_origin, update) => sent.push(update));
    restoreBoard(doc, version);
    stop();
    for (const update of sent) applyBoardUpdate(peer, update);
    expect(readBoard(peer).board).toEqual(version);
  });

  it('writes nothing when the board already equals the version', () => {
    const { doc, version } = boardWithVersion();
    const updates: Uint8Array[] = [];
    const stop = observeBoard(doc, (_origin, update) => updates.push(update));
    restoreBoard(doc, version);
    stop();
    expect(updates).toEqual([]);
  });
});

describe('observeFieldChanges', () => {
  it('names the fields each transaction changed, and entities added or removed', () => {
    const { doc, ward, housing, rel } = boardWithVersion();
    const seen: FieldChange[][] = [];
    const stop = observeFieldChanges(doc, (_origin, changes) => seen.push(changes));
    updateRelationship(doc, rel, { integration: 3 });
    removeAgency(doc, housing);
    const added = addAgency(doc, { name: 'Carers centre' });
    updateAgency(doc, ward, { name: 'Ward 8' });
    stop();
    expect(seen).toEqual([
      [{ entity: 'relationships', id: rel, field: 'integration', value: 3 }],
      [{ entity: 'agencies', id: housing, field: 'removed', value: null }],
      [{ entity: 'agencies', id: added, field: 'added', value: null }],
      [{ entity: 'agencies', id: ward, field: 'name', value: 'Ward 8' }],
    ]);
  });
});
