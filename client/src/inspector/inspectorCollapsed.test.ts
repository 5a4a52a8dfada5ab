import { describe, expect, it } from 'vitest';
import { readInspectorCollapsed, saveInspectorCollapsed } from './inspectorCollapsed.ts';

describe('the inspector remembers being folded away', () => {
  it('starts open, and stays as the person left it', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    expect(readInspectorCollapsed(storage)).toBe(false);
    saveInspectorCollapsed(true, storage);
    expect(readInspectorCollapsed(storage)).toBe(true);
    saveInspectorCollapsed(false, storage);
    expect(readInspectorCollapsed(storage)).toBe(false);
  });

  it('stays open when storage cannot be read', () => {
    const broken = { getItem: () => { throw new Error('denied'); } };
    expect(readInspectorCollapsed(broken)).toBe(false);
  });
});
