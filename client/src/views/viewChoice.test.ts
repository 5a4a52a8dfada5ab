import { describe, expect, it } from 'vitest';
import { readView, saveView, tabAfterKey } from './viewChoice.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('the view remembered per board', () => {
  it('opens the map the first time, and what was chosen after', () => {
    const storage = memoryStorage();
    expect(readView('/b/one', storage)).toBe('map');
    saveView('/b/one', 'matrix', storage);
    saveView('/b/two', 'flows', storage);
    expect(readView('/b/one', storage)).toBe('matrix');
    expect(readView('/b/two', storage)).toBe('flows');
    saveView('/b/one', 'map', storage);
    expect(JSON.parse(storage.items.get('partnermap.view')!)).toEqual({ '/b/two': 'flows' });
  });

  it('falls back to the map on a damaged or unknown entry', () => {
    expect(readView('/b/one', memoryStorage({ 'partnermap.view': '{' }))).toBe('map');
    expect(readView('/b/one', memoryStorage({ 'partnermap.view': '{"/b/one":"gantt"}' }))).toBe('map');
  });
});

describe('moving between tabs by keyboard', () => {
  it.each([
    ['map', 'ArrowRight', 'matrix'],
    ['measures', 'ArrowRight', 'table'],
    ['table', 'ArrowRight', 'map'],
    ['map', 'ArrowLeft', 'table'],
    ['flows', 'Home', 'map'],
    ['matrix', 'End', 'table'],
    ['matrix', 'Enter', undefined],
  ] as const)('from %s, %s goes to %s', (from, key, to) => {
    expect(tabAfterKey(from, key)).toBe(to);
  });
});
