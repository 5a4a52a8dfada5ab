import { describe, expect, it } from 'vitest';
import {
  claimsToLead,
  colourClashes,
  leaderOf,
  pickColour,
  PRESENCE_COLOURS,
  readPeers,
  shareableSelection,
  type Peer,
  type Presence,
} from './presence.ts';
import { MAX_PRESENCE_STATE_BYTES } from './protocol.ts';

const amy: Presence = { name: 'Amy', colour: '#1f77b4', role: 'edit', cursor: { x: 10, y: 20 }, selection: [], viewport: null };

describe('reading who is on the board', () => {
  it.each([
    ['leaves out this person', new Map([[1, amy]]), []],
    ['keeps a valid peer', new Map<number, unknown>([[2, amy]]), ['Amy']],
    ['ignores a malformed state', new Map<number, unknown>([[2, { ...amy, colour: 'red' }]]), []],
    ['ignores an empty state', new Map<number, unknown>([[2, {}]]), []],
    [
      'sorts by name',
      new Map<number, unknown>([
        [3, { ...amy, name: 'Zoe' }],
        [2, { ...amy, name: 'Ben' }],
      ]),
      ['Ben', 'Zoe'],
    ],
  ])('%s', (_what, states, names) => {
    expect(readPeers(states, 1).map((p) => p.name)).toEqual(names);
  });
});

describe('telling people apart by colour', () => {
  const [blue, red, green] = PRESENCE_COLOURS;
  it.each([
    ['keeps one’s own colour when it is free', blue, [red], blue],
    ['takes the first free colour when one’s own is taken', blue, [blue, red], green],
    ['shares a colour only when every one is taken', blue, [...PRESENCE_COLOURS], blue],
  ])('%s', (_what, preferred, taken, expected) => {
    expect(pickColour(preferred!, taken as string[])).toBe(expected);
  });

  it('only the later of two people with one colour gives it up, so they never both switch', () => {
    const peer = (clientId: number, colour: string) => ({ ...amy, clientId, colour });
    expect(colourClashes(blue!, 5, [peer(3, blue!)])).toBe(true);
    expect(colourClashes(blue!, 3, [peer(5, blue!)])).toBe(false);
    expect(colourClashes(blue!, 5, [peer(3, red!)])).toBe(false);
  });
});

describe('the selection shared with colleagues', () => {
  const bytes = (state: Presence) => new TextEncoder().encode(JSON.stringify(state)).length;
  const largest: Presence = {
    name: '😀'.repeat(30),
    colour: '#1f77b4',
    role: 'edit',
    cursor: { x: -1e5 / 3, y: 1e5 / 7 },
    selection: [],
    viewport: { x: -1e5 / 3, y: 1e5 / 7, zoom: 1 / 3 },
    leading: true,
  };

  it('keeps a small selection whole', () => {
    const ids = ['a', 'b', 'c'];
    expect(shareableSelection(ids)).toEqual(ids);
  });

  it.each([
    ['200 generated ids', Array.from({ length: 200 }, (_, i) => `0b8f2c1e-5a4d-4e8b-9c1f-${String(i).padStart(12, '0')}`)],
    ['ids of imported boards, long and not ASCII', Array.from({ length: 50 }, (_, i) => `agence-${'é'.repeat(100)}-${i}`)],
  ])('cuts %s to what the server relays, keeping their order', (_what, ids) => {
    const shared = shareableSelection(ids);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.length).toBeLessThan(ids.length);
    expect(shared).toEqual(ids.slice(0, shared.length));
    expect(bytes({ ...largest, selection: shared })).toBeLessThanOrEqual(MAX_PRESENCE_STATE_BYTES);
  });
});

describe('bringing everyone to one view', () => {
  const peer = (clientId: number, patch: Partial<Peer> = {}): Peer => ({ ...amy, clientId, ...patch });

  it('nobody leads until someone brings everyone', () => {
    expect(leaderOf([peer(1), peer(2, { leading: false })])).toBeUndefined();
    expect(leaderOf([peer(1), peer(2, { leading: true })])?.clientId).toBe(2);
  });

  it('a person on a view link cannot lead', () => {
    expect(leaderOf([peer(2, { leading: true, role: 'view' })])).toBeUndefined();
  });

  it('of two leading at once, every page picks the same one', () => {
    expect(leaderOf([peer(9, { leading: true }), peer(4, { leading: true })])?.clientId).toBe(4);
  });

  it('reads the wish to lead from a raw state, and nothing from a malformed one', () => {
    expect(claimsToLead(JSON.stringify({ ...amy, leading: true }))).toBe(true);
    expect(claimsToLead(JSON.stringify({ ...amy, leading: 'yes' }))).toBe(false);
    expect(claimsToLead(JSON.stringify(amy))).toBe(false);
    expect(claimsToLead('{not json')).toBe(false);
    expect(claimsToLead('null')).toBe(false);
  });

  it('keeps the leading flag of a valid peer, and accepts a state without it', () => {
    const states = new Map<number, unknown>([[2, { ...amy, leading: true }], [3, { ...amy, name: 'Bo' }]]);
    expect(readPeers(states, 1).map((p) => p.leading)).toEqual([true, undefined]);
  });
});
