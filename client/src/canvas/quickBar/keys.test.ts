import { describe, expect, it } from 'vitest';
import { nextIndex, shortName } from './keys.ts';

describe('nextIndex', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowDown', 4, 0],
    ['ArrowLeft', 0, 4],
    ['ArrowUp', 2, 1],
    ['Home', 3, 0],
    ['End', 1, 4],
    ['ArrowRight', -1, 0],
  ])('%s from %i of five goes to %i', (key, at, to) => {
    expect(nextIndex(key, at, 5)).toBe(to);
  });

  it('leaves every other key to the button (Enter, Space, letters)', () => {
    expect(nextIndex('Enter', 1, 5)).toBeUndefined();
    expect(nextIndex(' ', 1, 5)).toBeUndefined();
  });
});

describe('shortName', () => {
  it('keeps a short name and cuts a long one at a word', () => {
    expect(shortName('Adult Social Care')).toBe('Adult Social Care');
    expect(shortName('Northshire Hospitals NHS Foundation Trust')).toBe('Northshire Hospitals…');
  });
});
