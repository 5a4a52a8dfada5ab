import { describe, expect, it } from 'vitest';
import { LARGEST_SIZE, sizesFrom } from './sizes.ts';

const path = [
  { id: 'a', degree: 1, betweenness: 0 },
  { id: 'b', degree: 2, betweenness: 1 },
  { id: 'c', degree: 1, betweenness: 0 },
];

describe('sizing agencies by a measure', () => {
  it('makes the go-between of a path the largest and leaves the ends at the usual size', () => {
    const sizes = sizesFrom(path, 'betweenness');
    expect(sizes.get('b')).toBe(LARGEST_SIZE);
    expect(sizes.get('a')).toBe(1);
    expect(sizes.get('c')).toBe(1);
  });

  it('scales by relationships in proportion to the most connected', () => {
    expect(sizesFrom(path, 'degree').get('a')).toBeCloseTo(1 + (LARGEST_SIZE - 1) / 2);
  });

  it('keeps every agency at the usual size when all score nothing', () => {
    expect([...sizesFrom([{ id: 'a', degree: 0, betweenness: 0 }], 'degree').values()]).toEqual([1]);
    expect(sizesFrom([], 'betweenness').size).toBe(0);
  });
});
