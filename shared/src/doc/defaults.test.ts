import { describe, expect, it } from 'vitest';
import { addAgency, updateAgency } from './agencies.ts';
import { createBoardDoc, encodeBoard, LEFT_OUT_WHEN_DEFAULT, ROOTS, root, toEntityMap, type RootName } from './boardDoc.ts';
import { updateAgencies } from './bulk.ts';
import { addExchange } from './exchanges.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies, setSideView, updateRelationship } from './relationships.ts';
import { restoreBoard } from './restore.ts';
import { createBoardDocFrom } from './writeBoard.ts';

const keysOf = (name: RootName, id: string) => {
  const entity = root(doc, name).get(id) as { keys(): Iterable<string> };
  return [...entity.keys()].sort();
};

/** An entity map of every field, as before schema 3: toEntityMap without a root leaves nothing out. */
const toEntityMapOfAll = (fields: Record<string, unknown>) => toEntityMap(fields);

let doc = createBoardDoc();

function twoAgenciesAndARelationship() {
  doc = createBoardDoc();
  const ward = addAgency(doc, { name: 'Ward 8', sector: 'nhs-acute' });
  const team = addAgency(doc, { name: 'Reablement', sector: 'social-care', description: 'Short-term care at home' });
  const rel = connectAgencies(doc, ward, team, { integration: 3 });
  return { ward, team, rel };
}

describe('fields left out of the doc while they hold their default', () => {
  it("are those the model's schemas give a default", () => {
    expect(LEFT_OUT_WHEN_DEFAULT).toEqual({
      agencies: { description: '', contact: '', values: [] },
      relationships: {
        integrationFromSource: null,
        integrationFromTarget: null,
        trustFromSource: 'unknown',
        trustFromTarget: 'unknown',
        notes: '',
        goalIds: [],
      },
      exchanges: { description: '' },
      partnerships: { description: '', goalIds: [] },
      goals: {},
    });
  });

  it('are not written when an entity is made, and the entity reads whole', () => {
    const { ward, team, rel } = twoAgenciesAndARelationship();
    const ex = addExchange(doc, { relationshipId: rel, from: ward, to: team, currency: 'referrals', description: '' });
    expect(keysOf('agencies', ward)).toEqual(['name', 'position', 'sector']);
    expect(keysOf('agencies', team)).toEqual(['description', 'name', 'position', 'sector']);
    expect(keysOf('relationships', rel)).toEqual(['direction', 'formality', 'integration', 'kind', 'level', 'source', 'target']);
    expect(keysOf('exchanges', ex)).toEqual(['currency', 'from', 'relationshipId', 'to']);
    const { board, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(board.agencies.find((a) => a.id === ward)).toMatchObject(LEFT_OUT_WHEN_DEFAULT.agencies);
    expect(board.relationships[0]).toMatchObject({ ...LEFT_OUT_WHEN_DEFAULT.relationships, integration: 3 });
    expect(board.exchanges[0]?.description).toBe('');
  });

  it('stay out when another field is edited, alone or in bulk, and come in when given a value', () => {
    const { ward, team, rel } = twoAgenciesAndARelationship();
    updateAgency(doc, ward, { name: 'Ward 9' });
    updateAgencies(doc, [ward, team], { sector: 'housing' });
    updateRelationship(doc, rel, { integration: 4 });
    setSideView(doc, rel, team, { trust: 'high' });
    expect(keysOf('agencies', ward)).toEqual(['name', 'position', 'sector']);
    expect(keysOf('relationships', rel)).toEqual(['direction', 'formality', 'integration', 'kind', 'level', 'source', 'target', 'trustFromTarget']);
    expect(readBoard(doc).board.relationships[0]).toMatchObject({ integration: 4, trustFromTarget: 'high', trustFromSource: 'unknown' });
  });

  it('read as set when an edit puts the default back over a value', () => {
    const { rel } = twoAgenciesAndARelationship();
    updateRelationship(doc, rel, { notes: 'Weekly huddle' });
    updateRelationship(doc, rel, { notes: '' });
    expect(readBoard(doc).board.relationships[0]?.notes).toBe('');
  });

  it('leave a partial edit from resetting a field it did not name', () => {
    const { ward, team, rel } = twoAgenciesAndARelationship();
    updateAgency(doc, team, { contact: 'Sam' });
    setSideView(doc, rel, ward, { integration: 2 });
    updateAgency(doc, team, { name: 'Reablement team', description: undefined });
    updateAgencies(doc, [team], { sector: 'housing' });
    updateRelationship(doc, rel, { kind: 'coordinating' });
    const { board } = readBoard(doc);
    expect(board.agencies.find((a) => a.id === team)).toMatchObject({ contact: 'Sam', description: 'Short-term care at home' });
    expect(board.relationships[0]?.integrationFromSource).toBe(2);
  });

  it('are left out of a board written whole (an import), which reads back the same, in fewer bytes', () => {
    twoAgenciesAndARelationship();
    const { board } = readBoard(doc);
    const lean = createBoardDocFrom(board);
    expect(readBoard(lean).board).toEqual(board);
    expect(keysOf('relationships', board.relationships[0]!.id)).not.toContain('notes');
    // Every field written, as schema 2 did.
    const whole = createBoardDoc();
    for (const name of ROOTS) {
      for (const { id, ...fields } of board[name]) root(whole, name).set(id, toEntityMapOfAll(fields));
    }
    expect(encodeBoard(lean).byteLength).toBeLessThan(encodeBoard(whole).byteLength * 0.8);
  });

  it('are not written by restoring a version equal to the board', () => {
    twoAgenciesAndARelationship();
    const { board } = readBoard(doc);
    const before = encodeBoard(doc);
    restoreBoard(doc, board);
    expect(encodeBoard(doc)).toEqual(before);
  });
});
