import { describe, expect, it } from 'vitest';
import { linksFor, rememberLinks } from './boardLinks.ts';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('board links kept on this device', () => {
  it('finds the view link of a board made here', () => {
    const storage = memoryStorage();
    rememberLinks({ id: 'b1', editToken: 'e1', viewToken: 'v1' }, storage);
    expect(linksFor('b1', 'e1', storage)).toEqual({ editToken: 'e1', viewToken: 'v1' });
    expect(linksFor('b2', 'e1', storage)).toBeUndefined();
  });

  it('does not offer a view link from before the links were replaced elsewhere', () => {
    const storage = memoryStorage();
    rememberLinks({ id: 'b1', editToken: 'old', viewToken: 'old-view' }, storage);
    expect(linksFor('b1', 'new', storage)).toBeUndefined();
    rememberLinks({ id: 'b1', editToken: 'new', viewToken: 'new-view' }, storage);
    expect(linksFor('b1', 'new', storage)?.viewToken).toBe('new-view');
  });
});
