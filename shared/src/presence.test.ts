import { describe, expect, it } from 'vitest';
import { colourFor, PRESENCE_COLOURS, readPeers, type Presence } from './presence.ts';

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

  it('gives everyone a colour from the palette', () => {
    expect(PRESENCE_COLOURS).toContain(colourFor(123456));
    expect(PRESENCE_COLOURS).toContain(colourFor(-7));
  });
});
