import { describe, expect, it } from 'vitest';
import { fork, merge as sync } from './fixtures/peers.ts';
import { addAgency, removeAgency, updateAgency } from './agencies.ts';
import { createBoardDoc, type BoardDoc } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { addExchange } from './exchanges.ts';
import { setMeta } from './meta.ts';
import { watchOverwrites, type Overwrite } from './overwrites.ts';
import { connectAgencies, updateRelationship } from './relationships.ts';
import { createBoardUndo } from './undo.ts';
import { MIGRATION_ORIGIN } from './origins.ts';

function twoPeers() {
  const a = createBoardDoc();
  const gp = addAgency(a, { name: 'GP practice', sector: 'nhs-primary-care' });
  const council = addAgency(a, { name: 'Council', sector: 'local-government' });
  const b = fork(a);
  const lossesOf = (doc: BoardDoc) => {
    const losses: Overwrite[] = [];
    watchOverwrites(doc, (l) => losses.push(l));
    return losses;
  };
  return { a, b, gp, council, atA: lossesOf(a), atB: lossesOf(b) };
}

const clientOf = (doc: BoardDoc) => yDocOf(doc).clientID;

describe('work overwritten by a colleague', () => {
  it('two people type in the same name while apart: the one whose text lost is told, with it and who won', () => {
    const { a, b, gp, atA, atB } = twoPeers();
    updateAgency(a, gp, { name: 'Riverside GP' });
    updateAgency(b, gp, { name: 'Riverside Surgery' });
    sync(a, b);
    const losses = [...atA, ...atB];
    expect(losses).toHaveLength(1);
    const [loss] = losses;
    const aLost = atA.length === 1;
    expect(loss).toEqual({
      kind: 'text',
      root: 'agencies',
      id: gp,
      field: 'name',
      lost: aLost ? 'Riverside GP' : 'Riverside Surgery',
      now: aLost ? 'Riverside Surgery' : 'Riverside GP',
      by: clientOf(aLost ? b : a),
    });
  });

  it('says nothing when the colleague saw the text and then changed it', () => {
    const { a, b, gp, atA, atB } = twoPeers();
    updateAgency(a, gp, { name: 'Riverside GP' });
    sync(a, b);
    updateAgency(b, gp, { name: 'Riverside GP Surgery' });
    updateAgency(b, gp, { name: 'Riverside GP Surgery, Northshire' });
    sync(a, b);
    expect([...atA, ...atB]).toEqual([]);
  });

  it('says nothing when the two edits were to different fields, or ended in the same text', () => {
    const { a, b, gp, atA, atB } = twoPeers();
    updateAgency(a, gp, { name: 'Riverside GP' });
    updateAgency(b, gp, { description: 'Practice of 9,000 patients' });
    sync(a, b);
    updateAgency(a, gp, { contact: 'Dr Shah' });
    updateAgency(b, gp, { contact: 'Dr Shah' });
    sync(a, b);
    expect([...atA, ...atB]).toEqual([]);
  });

  it("names a relationship's notes and the board's title too, each loss once", () => {
    const { a, b, gp, council, atA, atB } = twoPeers();
    const rel = connectAgencies(a, gp, council);
    sync(a, b);
    updateRelationship(a, rel, { notes: 'Monthly meeting' });
    updateRelationship(b, rel, { notes: 'Weekly huddle' });
    setMeta(a, { title: 'Discharge North' });
    setMeta(b, { title: 'Discharge South' });
    sync(a, b);
    sync(a, b);
    const losses = [...atA, ...atB].map((l) => (l.kind === 'text' ? [l.root, l.field] : []));
    expect(losses.sort()).toEqual([
      ['meta', 'title'],
      ['relationships', 'notes'],
    ]);
  });

  it('tells the person whose offline relationship and exchange were dropped because an agency was removed meanwhile', () => {
    const { a, b, gp, council, atA, atB } = twoPeers();
    const housing = addAgency(a, { name: 'Abbey Housing' });
    sync(a, b);
    // Offline at B: a relationship to the housing association, and an exchange along it.
    const rel = connectAgencies(b, council, housing, { notes: 'Joint panel' });
    const ex = addExchange(b, { relationshipId: rel, from: council, to: housing, currency: 'money', description: 'Grant' });
    removeAgency(a, housing);
    sync(a, b);
    expect(atA).toEqual([]);
    expect(atB).toEqual([
      {
        kind: 'dropped',
        root: 'relationships',
        id: rel,
        missing: [housing],
        lost: expect.objectContaining({ source: council, target: housing, sourceName: 'Council', targetName: 'Abbey Housing', notes: 'Joint panel' }),
      },
      {
        kind: 'dropped',
        root: 'exchanges',
        id: ex,
        missing: [housing],
        lost: expect.objectContaining({ fromName: 'Council', toName: 'Abbey Housing', currency: 'money', description: 'Grant' }),
      },
    ]);
    void gp;
  });

  it.each([1, -1])("counts only the person's own edits: a migration's title lost to a person's is nobody's work (%i)", (step) => {
    const { a, b, atA, atB } = twoPeers();
    // Either side's write may win a merge (the higher client id does): both orders are tried.
    yDocOf(b).clientID = yDocOf(a).clientID + step;
    setMeta(a, { title: 'Board from an old file' }, MIGRATION_ORIGIN);
    setMeta(b, { title: 'Hospital discharge' });
    sync(a, b);
    const lost = [...atA, ...atB].flatMap((l) => (l.kind === 'text' ? [l.lost] : []));
    expect(lost.filter((t) => t === 'Board from an old file')).toEqual([]);
  });

  it("says nothing when a person's own undo or a colleague who saw it removes what they added", () => {
    const { a, b, gp, council, atA, atB } = twoPeers();
    const undo = createBoardUndo(b);
    connectAgencies(b, council, gp);
    undo.undo();
    sync(a, b);
    const rel = connectAgencies(b, council, gp);
    sync(a, b);
    removeAgency(a, gp);
    sync(a, b);
    expect([...atA, ...atB]).toEqual([]);
    void rel;
  });
});
