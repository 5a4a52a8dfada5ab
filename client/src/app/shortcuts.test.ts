import { describe, expect, it } from 'vitest';
import { historyCommand } from './shortcuts.ts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('historyCommand', () => {
  it.each<[string, ReturnType<typeof press>, boolean, 'undo' | 'redo' | undefined]>([
    ['Ctrl+Z', press('z', { ctrlKey: true }), false, 'undo'],
    ['Cmd+Z', press('z', { metaKey: true }), false, 'undo'],
    ['Ctrl+Shift+Z (key reported upper-case)', press('Z', { ctrlKey: true, shiftKey: true }), false, 'redo'],
    ['Cmd+Shift+Z', press('z', { metaKey: true, shiftKey: true }), false, 'redo'],
    ['Ctrl+Y', press('y', { ctrlKey: true }), false, 'redo'],
    ['plain Z', press('z'), false, undefined],
    ['Ctrl+Z while typing in a field', press('z', { ctrlKey: true }), true, undefined],
    ['Ctrl+Alt+Z', press('z', { ctrlKey: true, altKey: true }), false, undefined],
    ['Ctrl+C', press('c', { ctrlKey: true }), false, undefined],
  ])('%s', (_name, e, typing, expected) => {
    expect(historyCommand(e, typing)).toBe(expected);
  });
});
