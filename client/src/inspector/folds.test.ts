import { describe, expect, it } from 'vitest';
import { readFolded, writeFolded } from './folds.ts';

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('folded inspector sections', () => {
  it('remembers which sections were folded', () => {
    const store = memory();
    writeFolded(store, new Set(['Exchanges', 'How they work together']));
    expect(readFolded(store)).toEqual(new Set(['Exchanges', 'How they work together']));
  });

  it('opens everything when nothing is stored, or what is stored is not a list of titles', () => {
    const store = memory();
    expect(readFolded(store).size).toBe(0);
    store.data.set('partnermap.inspector.folded', '{"oops":');
    expect(readFolded(store).size).toBe(0);
    store.data.set('partnermap.inspector.folded', '[1, "Notes"]');
    expect(readFolded(store)).toEqual(new Set(['Notes']));
    expect(readFolded(undefined).size).toBe(0);
  });
});
