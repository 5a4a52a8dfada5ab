import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '../model/currency.ts';
import { createPartnership } from '../model/partnership.ts';
import { createRelationship } from '../model/relationship.ts';
import { SECTORS } from '../model/sector.ts';
import { addAgency, moveAgency, removeAgency, updateAgency } from './agencies.ts';
import { applyBoardUpdate, createBoardDoc, ROOTS, encodeBoard, observeBoard, openBoardDoc, type BoardDoc } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { addExchange, removeExchange, updateExchange } from './exchanges.ts';
import { liveBoard } from './liveBoard.ts';
import { addGoal, linkGoal, removeGoal, setMeta, setReviewAnswer, updateGoal } from './meta.ts';
import { dissolvePartnership, formPartnership, setPartnershipMembers } from './partnerships.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies, removeRelationship, updateRelationship } from './relationships.ts';
import { createBoardUndo, type BoardUndo } from './undo.ts';
import { random } from './fixtures/random.ts';

const REMOTE = 'remote peer';

type Rng = ReturnType<typeof random>;

/** Writes straight into the doc, as an old or faulty peer could (the readBoard problems tests do the same). */
function raw(doc: BoardDoc, rootName: string, id: string, value: unknown): void {
  yDocOf(doc).getMap(rootName).set(id, value);
}

function rawEntity(fields: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) if (k !== 'id') map.set(k, v);
  return map;
}

/** One random edit of `doc`, chosen among what its board holds (or a malformed write). */
function edit(doc: BoardDoc, rng: Rng): void {
  const { board } = readBoard(doc);
  const agency = rng.pick(board.agencies)?.id;
  const other = rng.pick(board.agencies)?.id;
  const rel = rng.pick(board.relationships);
  const ex = rng.pick(board.exchanges)?.id;
  const part = rng.pick(board.partnerships)?.id;
  const goal = rng.pick(board.goals)?.id;
  const anyId = (root: string) => rng.pick(Object.keys(yDocOf(doc).getMap(root).toJSON())) ?? `x${rng.int(5)}`;
  const add = () => addAgency(doc, { name: `A${rng.int(100)}`, sector: rng.pick(SECTORS) });
  const connect = () => agency && other && agency !== other && connectAgencies(doc, agency, other);
  const exchange = () =>
    rel && addExchange(doc, { relationshipId: rel.id, from: rel.source, to: rel.target, currency: rng.pick(CURRENCIES) ?? 'money', description: '' });
  // Well-formed, but between agencies that may be gone, or a second one between the same pair.
  const rawRelationship = () => {
    const source = rel && rng.next() < 0.5 ? rel.target : (agency ?? 'gone');
    const target = rel && rng.next() < 0.5 ? rel.source : `a${rng.int(8)}`;
    raw(doc, 'relationships', `r${rng.int(4)}`, rawEntity(createRelationship('r', source, target, { goalIds: [goal ?? 'gone'] })));
  };
  // Adds weigh more than removals, so that boards grow enough for every kind of entity to meet the others.
  const ops: (() => void)[] = [
    add,
    add,
    add,
    connect,
    connect,
    exchange,
    exchange,
    rawRelationship,
    rawRelationship,
    () => addAgency(doc, { name: 'Kept id' }, undefined, `a${rng.int(8)}`),
    () => agency && updateAgency(doc, agency, { name: `N${rng.int(100)}`, values: rng.next() < 0.5 ? [] : [CURRENCIES[0]] }),
    () => agency && moveAgency(doc, agency, { x: rng.int(1000), y: rng.int(1000) }),
    () => agency && removeAgency(doc, agency),
    () => rel && updateRelationship(doc, rel.id, { integration: rng.pick([1, 2, 3, 4] as const) }),
    () => rel && removeRelationship(doc, rel.id),
    () => ex && updateExchange(doc, ex, { description: `d${rng.int(10)}` }),
    () => ex && removeExchange(doc, ex),
    () => agency && formPartnership(doc, [agency, ...(other ? [other] : [])], { name: `P${rng.int(10)}` }),
    () => part && agency && setPartnershipMembers(doc, part, [agency]),
    () => part && dissolvePartnership(doc, part),
    () => addGoal(doc, `Goal ${rng.int(10)}`),
    () => goal && updateGoal(doc, goal, `Outcome ${rng.int(10)}`),
    () => goal && removeGoal(doc, goal),
    () => goal && rel && linkGoal(doc, 'relationships', rel.id, goal),
    () => goal && part && linkGoal(doc, 'partnerships', part, goal),
    () => setMeta(doc, { title: `Board ${rng.int(10)}` }),
    () => setReviewAnswer(doc, 'goal', { answer: `answer ${rng.int(10)}` }, 'Sam'),
    // Malformed entries, as another app or an old peer could write them.
    () => raw(doc, rng.pick(['agencies', 'relationships', 'exchanges', 'partnerships', 'goals']) ?? 'agencies', `bad${rng.int(4)}`, 'text'),
    () => raw(doc, 'agencies', `bad${rng.int(4)}`, rawEntity({ name: 42, sector: 'housing', position: { x: 0, y: 0 } })),
    () => raw(doc, 'exchanges', `e${rng.int(4)}`, rawEntity({ relationshipId: rel?.id ?? 'gone', from: rel?.target ?? 'x', to: rel?.source ?? 'y', currency: 'money', description: '' })),
    () => raw(doc, 'partnerships', `p${rng.int(4)}`, rawEntity(createPartnership('p', [agency ?? 'gone', 'gone'], { goalIds: ['gone'] }))),
    () => {
      const entity = yDocOf(doc).getMap(rng.pick(['agencies', 'relationships', 'exchanges']) ?? 'agencies').get(anyId('agencies'));
      if (entity instanceof Y.Map) entity.set(rng.pick(['name', 'sector', 'integration', 'currency']) ?? 'name', rng.next() < 0.5 ? 7 : new Y.Map());
    },
    () => yDocOf(doc).getMap('meta').set('title', rng.next() < 0.5 ? 12 : 'x'.repeat(300)),
    () => yDocOf(doc).getMap(rng.pick(['agencies', 'exchanges', 'goals']) ?? 'goals').delete(anyId('goals')),
  ];
  try {
    (rng.pick(ops) as () => void)();
  } catch {
    // An edit the API refuses (an exchange along a relationship a raw write spoiled...) changes nothing.
  }
}

/** This page's doc and a colleague's, exchanging updates only when told, so edits cross concurrently. */
function twoPeers() {
  const local = createBoardDoc();
  const remote = openBoardDoc();
  applyBoardUpdate(remote, encodeBoard(local), REMOTE);
  const toRemote: Uint8Array[] = [];
  const toLocal: Uint8Array[] = [];
  observeBoard(local, (origin, update) => origin !== REMOTE && toRemote.push(update));
  observeBoard(remote, (origin, update) => origin !== REMOTE && toLocal.push(update));
  const deliver = () => {
    for (const u of toLocal.splice(0)) applyBoardUpdate(local, u, REMOTE);
    for (const u of toRemote.splice(0)) applyBoardUpdate(remote, u, REMOTE);
  };
  return { local, remote, deliver };
}

function step(peers: ReturnType<typeof twoPeers>, undo: BoardUndo, rng: Rng): void {
  const roll = rng.next();
  if (roll < 0.55) edit(peers.local, rng);
  else if (roll < 0.8) edit(peers.remote, rng);
  else if (roll < 0.88) peers.deliver();
  else if (roll < 0.95) undo.undo();
  else undo.redo();
}

describe('liveBoard', () => {
  // What the generated sequences reached, over all seeds (ids are random, so one seed may miss a case).
  const kinds = new Set<string>();
  const seen = { goals: 0, agencies: 0, relationships: 0, exchanges: 0, partnerships: 0, problems: 0 };

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('equals a full readBoard after every step of a generated sequence of edits (seed %i)', (seed) => {
    const rng = random(seed);
    const peers = twoPeers();
    const undo = createBoardUndo(peers.local, 0);
    const live = liveBoard(peers.local);
    for (let i = 0; i < 300; i++) {
      step(peers, undo, rng);
      const reading = live.read();
      expect(reading, `step ${i} of seed ${seed}`).toStrictEqual(readBoard(peers.local));
      for (const key of ROOTS) seen[key] = Math.max(seen[key], reading.board[key].length);
      seen.problems = Math.max(seen.problems, reading.problems.length);
      for (const p of reading.problems) kinds.add(p.kind);
    }
  });

  it('generated sequences reach every kind of entity and of problem, not only the happy path', () => {
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
    expect([...kinds].sort()).toEqual(['dangling', 'duplicate', 'unreadable']);
  });

  it('equals readBoard when read only now and then, after many changes piled up', () => {
    const rng = random(42);
    const peers = twoPeers();
    const undo = createBoardUndo(peers.local, 0);
    const live = liveBoard(peers.local);
    for (let i = 0; i < 400; i++) {
      step(peers, undo, rng);
      if (i % 17 === 0) expect(live.read()).toStrictEqual(readBoard(peers.local));
    }
    expect(live.read()).toStrictEqual(readBoard(peers.local));
  });

  it('reads a board that already held entries and problems when it was first asked for', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc, { name: 'Riverside Housing' });
    const b = addAgency(doc, { name: 'Adult Social Care' });
    connectAgencies(doc, a, b);
    raw(doc, 'agencies', 'odd', 'text');
    expect(liveBoard(doc).read()).toStrictEqual(readBoard(doc));
    expect(liveBoard(doc).read().problems).toHaveLength(1);
  });

  it('keeps the object of an agency nobody changed when another agency changes', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc, { name: 'Riverside Housing' });
    const b = addAgency(doc, { name: 'Adult Social Care' });
    const rel = connectAgencies(doc, a, b);
    const live = liveBoard(doc);
    const before = live.read();
    const agencyA = before.board.agencies.find((x) => x.id === a);
    moveAgency(doc, b, { x: 300, y: 40 });
    const after = live.read();
    expect(after).not.toBe(before);
    expect(after.board.agencies.find((x) => x.id === b)?.position).toEqual({ x: 300, y: 40 });
    expect(after.board.agencies.find((x) => x.id === a)).toBe(agencyA);
    // What the move did not touch keeps its lists too.
    expect(after.board.relationships).toBe(before.board.relationships);
    expect(after.board.relationships.find((r) => r.id === rel)).toBeDefined();
    expect(after.board.meta).toBe(before.board.meta);
  });

  it('gives the same reading object while nothing changes, and tells subscribers once per edit', () => {
    const doc = createBoardDoc();
    const live = liveBoard(doc);
    const calls: number[] = [];
    const stop = live.subscribe(() => calls.push(1));
    const first = live.read();
    expect(live.read()).toBe(first);
    addAgency(doc, { name: 'One' });
    expect(calls).toHaveLength(1);
    const second = live.read();
    expect(second).not.toBe(first);
    // An edit that leaves the board as it was (a field the model does not know) gives the same reading.
    yDocOf(doc).getMap('agencies').forEach((entity) => (entity as Y.Map<unknown>).set('unknownField', 1));
    expect(calls).toHaveLength(2);
    expect(live.read()).toBe(second);
    stop();
    addAgency(doc, { name: 'Two' });
    expect(calls).toHaveLength(2);
  });
});
