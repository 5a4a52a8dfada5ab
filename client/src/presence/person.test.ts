import { describe, expect, it } from 'vitest';
import { PRESENCE_COLOURS } from '@partnermap/shared/presence';
import { cleanName, initials, readPerson, savePerson } from './person.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('person', () => {
  it.each<[string, string | undefined]>([
    ['  Priya   Shah ', 'Priya Shah'],
    ['', undefined],
    ['   ', undefined],
    ['x'.repeat(80), 'x'.repeat(60)],
  ])('cleanName(%j)', (raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });

  it.each<[string, string]>([
    ['Priya Shah', 'PS'],
    ['Tom', 'T'],
    ['ward 7', 'W7'],
    ['Ana María de la Cruz', 'AC'],
  ])('initials(%j)', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('remembers the name and keeps the colour across a rename', () => {
    const storage = memoryStorage();
    expect(readPerson(storage)).toBeUndefined();
    const first = savePerson('Priya', storage, () => 0.35);
    const drawn = PRESENCE_COLOURS[Math.floor(0.35 * PRESENCE_COLOURS.length)];
    expect(first).toEqual({ name: 'Priya', colour: drawn });
    expect(readPerson(storage)).toEqual(first);
    expect(savePerson('Priya Shah (housing)', storage, () => 0.9)).toEqual({ name: 'Priya Shah (housing)', colour: drawn });
  });

  it('refuses an empty name and ignores a damaged entry', () => {
    const storage = memoryStorage({ 'partnermap.person': '{"name":"","colour":"red"}' });
    expect(readPerson(storage)).toBeUndefined();
    expect(savePerson('   ', storage)).toBeUndefined();
    expect(readPerson(memoryStorage({ 'partnermap.person': 'not json' }))).toBeUndefined();
  });
});
