import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addAgency, moveAgency, removeAgency, updateAgency } from './agencies.ts';
import { applyBoardUpdate, createBoardDoc, encodeBoard, MissingEntityError, openBoardDoc, ROOTS, type BoardDoc } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { addExchange } from './exchanges.ts';
import { addGoal, removeGoal, setMeta, setReviewAnswer } from './meta.ts';
import { formPartnership, setPartnershipMembers } from './partnerships.ts';
import { readBoard, readSummary } from './readBoard.ts';
import { connectAgencies, removeRelationship } from './relationships.ts';

/** Writes an entity with yjs directly, as an old or faulty peer could. */
function writeRaw(doc: BoardDoc, rootName: string, id: string, fields: Record<string, unknown>): void {
  const entity = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) entity.set(k, v);
  yDocOf(doc).getMap(rootName).set(id, entity);
}

/** A chain of `depth` maps, each under `key` of the one before, built inside the doc so that yjs never recurses. */
function nestMaps(parent: Y.Map<unknown>, key: string, depth: number): void {
  let current = parent;
  for (let i = 0; i < depth; i++) {
    const next = new Y.Map<unknown>();
    current.set(key, next);
    current = next;
  }
}

/** The order readBoard reads the roots in (goals first, as relationships and partnerships link to them). */
const READ_ORDER = ['goals', 'agencies', 'relationships', 'exchanges', 'partnerships'];

const agencyFields = { name: 'X', sector: 'housing', description: '', contact: '', values: [], position: { x: 0, y: 0 } };

describe('readBoard', () => {
  it.each([
    ['agencies', 'bad-sector', { ...agencyFields, sector: 'helth' }, /^sector: “helth” is not one of the choices$/],
    ['agencies', 'no-position', { ...agencyFields, position: undefined }, /^missing: position$/],
    ['agencies', 'number-name', { ...agencyFields, name: 42 }, /^name: expected text, found a number$/],
    ['agencies', 'position-as-text', { ...agencyFields, position: '0,0' }, /^position: expected an object, found text$/],
    ['agencies', 'text-coordinate', { ...agencyFields, position: { x: '1', y: 2 } }, /^position.x: expected a number, found text$/],
    ['agencies', 'long-name', { ...agencyFields, name: 'x'.repeat(201) }, /^name: longer than 200 characters$/],
    ['goals', 'number-outcome', { outcome: 42 }, /^outcome: expected text, found a number$/],
  ])('skips an entry of %s that fails its schema (%s) and reports it', (rootName, id, fields, field) => {
    const doc = createBoardDoc();
    const good = addAgency(doc, { name: 'Good' });
    writeRaw(doc, rootName, id, fields);
    const { board, problems } = readBoard(doc);
    expect(board.agencies.map((a) => a.id)).toEqual([good]);
    expect(board.goals).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entity: rootName, id, kind: 'unreadable' });
    expect(problems[0]?.message).toMatch(field);
  });

  it.each<[string, (doc: BoardDoc) => unknown, RegExp]>([
    ['plain text', () => 'text', /^expected an entry of fields, found text$/],
    ['a number', () => 7, /found a number$/],
    ['null', () => null, /found nothing \(null\)$/],
    ['a plain object', () => ({ ...agencyFields }), /found an object$/],
    ['a list', () => [1, 2], /found a list$/],
    ['a nested list', () => Y.Array.from([1]), /found a nested list$/],
    ['nested text', () => new Y.Text('hello'), /found nested text$/],
    ['binary data', () => new Uint8Array([1, 2, 3]), /found binary data$/],
    ['a sub-document', () => new Y.Doc(), /found a nested document$/],
  ])('sets aside %s where an entity map belongs, in every root, and reads the rest', (_label, make, message) => {
    const doc = createBoardDoc();
    const a = addAgency(doc, { name: 'Riverside Housing' });
    const b = addAgency(doc, { name: 'Adult Social Care' });
    connectAgencies(doc, a, b);
    const before = readBoard(doc).board;
    for (const name of ROOTS) yDocOf(doc).getMap(name).set('odd', make(doc));

    const { board, problems } = readBoard(doc);
    expect(board).toEqual(before);
    expect(problems.map((p) => [p.entity, p.id, p.kind])).toEqual(READ_ORDER.map((name) => [name, 'odd', 'unreadable']));
    for (const p of problems) expect(p.message).toMatch(message);
  });

  it.each([
    ['name', 'a nested map', (m: Y.Map<unknown>) => m.set('name', new Y.Map())],
    ['position', 'a nested map', (m: Y.Map<unknown>) => m.set('position', new Y.Map())],
    ['values', 'a nested list', (m: Y.Map<unknown>) => m.set('values', Y.Array.from(['money']))],
    ['description', 'nested text', (m: Y.Map<unknown>) => m.set('description', new Y.Text('x'))],
  ])('sets aside an agency whose %s holds %s instead of a plain value', (field, found, write) => {
    const doc = createBoardDoc();
    const id = addAgency(doc, { name: 'Hospice' });
    yDocOf(doc).transact(() => write(yDocOf(doc).getMap<Y.Map<unknown>>('agencies').get(id)!));
    const { board, problems } = readBoard(doc);
    expect(board.agencies).toEqual([]);
    expect(problems).toEqual([
      { entity: 'agencies', id, kind: 'unreadable', message: `${field}: expected a plain value, found ${found}` },
    ]);
  });

  it('reads 4,000 nested maps under an entry shallowly: reported in a moment, never walked', () => {
    const doc = createBoardDoc();
    const good = addAgency(doc, { name: 'Good' });
    const deep = new Y.Map<unknown>();
    yDocOf(doc).transact(() => {
      yDocOf(doc).getMap('agencies').set('deep', deep);
      nestMaps(deep, 'name', 4000);
    });
    // Deep nesting under a field the model does not know costs nothing: the entry is read without it.
    const ignored = addAgency(doc, { name: 'Extra fields' });
    yDocOf(doc).transact(() => nestMaps(yDocOf(doc).getMap<Y.Map<unknown>>('agencies').get(ignored)!, 'unknown', 4000));
    const copy = openBoardDoc();
    applyBoardUpdate(copy, encodeBoard(doc));

    for (const d of [doc, copy]) {
      const started = performance.now();
      const { board, problems } = readBoard(d);
      expect(performance.now() - started).toBeLessThan(200);
      expect(board.agencies.map((a) => a.id).sort()).toEqual([good, ignored].sort());
      expect(problems).toEqual([
        { entity: 'agencies', id: 'deep', kind: 'unreadable', message: 'name: expected a plain value, found a nested map' },
      ]);
    }
  });

  it('leaves out a relationship with an integration degree off the scale', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc);
    const b = addAgency(doc);
    const rel = connectAgencies(doc, a, b);
    yDocOf(doc).getMap<Y.Map<unknown>>('relationships').get(rel)?.set('integration', 7);
    const { board, problems } = readBoard(doc);
    expect(board.relationships).toEqual([]);
    expect(problems).toEqual([
      { entity: 'relationships', id: rel, kind: 'unreadable', message: 'integration: 7 is not one of the choices' },
    ]);
  });

  it.each<[string, (meta: Y.Map<unknown>) => void, string, RegExp]>([
    ['a number', (m) => m.set('title', 12), 'title', /^title: expected text of at most 200 characters, found a number$/],
    ['an object', (m) => m.set('title', { text: 'Frailty' }), 'title', /found an object$/],
    ['a nested map', (m) => m.set('title', new Y.Map()), 'title', /found a nested map$/],
    ['too long', (m) => m.set('title', 'x'.repeat(201)), 'title', /found longer text$/],
    ['a list', (m) => m.set('definition', ['a']), 'definition', /^definition: .*found a list$/],
  ])('falls back to the default title or definition, keeping the other, when it is %s', (_label, write, field, message) => {
    const doc = createBoardDoc({ title: 'Frailty pathway', definition: 'Our own words' });
    write(yDocOf(doc).getMap('meta'));
    const { board, problems } = readBoard(doc);
    const expected = { title: 'Frailty pathway', definition: 'Our own words' };
    expect(board.meta).toMatchObject(
      field === 'title' ? { ...expected, title: 'Untitled board' } : { ...expected, definition: expect.stringMatching(/^Two or more/) },
    );
    expect(problems).toEqual([{ entity: 'meta', id: field, kind: 'unreadable', message: expect.stringMatching(message) }]);
  });

  it.each<[string, unknown, number, RegExp | undefined]>([
    ['the current version', 1, 1, undefined],
    ['absent (a board from before versioning)', undefined, 0, undefined],
    ['from a newer Partnermap', 9999, 9999, /^schemaVersion: 9999 is newer than this version of Partnermap knows \(\d+\)/],
    ['negative', -1, 0, /found -1$/],
    ['a fraction', 1.5, 0, /found 1\.5$/],
    ['not a number', Number.NaN, 0, /found NaN$/],
    ['text', '1', 0, /found text$/],
    ['an object', { v: 1 }, 0, /found an object$/],
    ['a nested map', new Y.Map(), 0, /found a nested map$/],
  ])('reads a schema version that is %s without throwing', (_label, value, read, message) => {
    const doc = createBoardDoc({ title: 'Carers support' });
    if (value === undefined) yDocOf(doc).getMap('meta').delete('schemaVersion');
    else yDocOf(doc).getMap('meta').set('schemaVersion', value);
    const { board, problems } = readBoard(doc);
    expect(board.meta.title).toBe('Carers support');
    expect(board.meta.schemaVersion).toBe(read);
    expect(problems).toEqual(
      message ? [{ entity: 'meta', id: 'schemaVersion', kind: 'unreadable', message: expect.stringMatching(message) }] : [],
    );
  });

  it('keeps the readable review answers, reads one stored as text as open, and reports the others', () => {
    const doc = createBoardDoc();
    setReviewAnswer(doc, 'definition', { answer: 'Shared and written down', status: 'agreed' }, 'Sam');
    yDocOf(doc).getMap('review').set('goal', 'Fewer delayed discharges');
    yDocOf(doc).getMap('review').set('model', 42);
    yDocOf(doc).getMap<Y.Map<unknown>>('review').set('axes', new Y.Map());
    yDocOf(doc).getMap<Y.Map<unknown>>('review').get('axes')!.set('status', 'maybe');
    const { board, problems } = readBoard(doc);
    expect(board.meta.reviewAnswers).toEqual({
      definition: { answer: 'Shared and written down', changedBy: 'Sam', status: 'agreed' },
      goal: { answer: 'Fewer delayed discharges', changedBy: '', status: 'open' },
    });
    expect(problems).toEqual([
      { entity: 'meta', id: 'review:model', kind: 'unreadable', message: expect.stringMatching(/found a number$/) },
      { entity: 'meta', id: 'review:axes', kind: 'unreadable', message: expect.stringMatching(/status: “maybe” is not one of the choices/) },
    ]);
  });
});

describe('operations on a board holding odd entries', () => {
  function oddBoard() {
    const doc = createBoardDoc();
    const gp = addAgency(doc, { name: 'GP' });
    const council = addAgency(doc, { name: 'Council' });
    const rel = connectAgencies(doc, gp, council);
    const goal = addGoal(doc, 'People go home sooner');
    const partnership = formPartnership(doc, [gp, council], { name: 'Locality board' });
    for (const name of ROOTS) yDocOf(doc).getMap(name).set('odd', 'text');
    return { doc, gp, council, rel, goal, partnership };
  }

  it.each<[string, (b: ReturnType<typeof oddBoard>) => void]>([
    ['moving an agency', (b) => moveAgency(b.doc, b.gp, { x: 5, y: 5 })],
    ['removing an agency', (b) => removeAgency(b.doc, b.gp)],
    ['removing a relationship', (b) => removeRelationship(b.doc, b.rel)],
    ['adding an exchange', (b) => addExchange(b.doc, { relationshipId: b.rel, from: b.gp, to: b.council, currency: 'money', description: '' })],
    ['removing a goal', (b) => removeGoal(b.doc, b.goal)],
    ['changing members', (b) => setPartnershipMembers(b.doc, b.partnership, [b.gp])],
    ['renaming the board', (b) => setMeta(b.doc, { title: 'Renamed' })],
  ])('%s still works and leaves the odd entries alone', (_label, operate) => {
    const b = oddBoard();
    operate(b);
    const { problems } = readBoard(b.doc);
    expect(problems.map((p) => [p.entity, p.id])).toEqual(READ_ORDER.map((name) => [name, 'odd']));
  });

  it('refuses to edit or connect an odd entry as one that is not on the board', () => {
    const b = oddBoard();
    expect(() => updateAgency(b.doc, 'odd', { name: 'x' })).toThrow(MissingEntityError);
    expect(() => connectAgencies(b.doc, b.gp, 'odd')).toThrow(/No agency with id odd on this board/);
  });

  it('reads a relationship written without the sides (by a peer on an older version) as not yet rated', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc);
    const b = addAgency(doc);
    writeRaw(doc, 'relationships', 'old', {
      source: a, target: b, integration: 2, kind: 'cooperative', formality: 'informal', direction: 'horizontal',
      level: 'operational', trustFromSource: 'unknown', trustFromTarget: 'high', notes: '', goalIds: [],
    });
    const { board, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(board.relationships[0]).toMatchObject({ id: 'old', integrationFromSource: null, integrationFromTarget: null, trustFromTarget: 'high' });
  });
});

describe('readSummary', () => {
  it('says what readBoard says of the title, the first goal and the number of agencies, odd entries left out alike', () => {
    const doc = createBoardDoc({ title: 'Discharge to assess, Northshire' });
    expect(readSummary(doc)).toEqual({ title: 'Discharge to assess, Northshire', goal: '', agencies: 0 });
    addGoal(doc, 'People home from hospital the same day');
    addGoal(doc, 'Fewer readmissions');
    addAgency(doc, { name: 'Ward 7' });
    addAgency(doc, { name: 'Reablement team' });
    writeRaw(doc, 'agencies', 'bad-sector', { ...agencyFields, sector: 'helth' });
    const { board } = readBoard(doc);
    expect(readSummary(doc)).toEqual({ title: board.meta.title, goal: board.goals[0]!.outcome, agencies: 2 });
  });
});
