import { describe, expect, it } from 'vitest';
import { colourClashes, pickColour, PRESENCE_COLOURS, readPeers, type Presence } from './presence.ts';

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
