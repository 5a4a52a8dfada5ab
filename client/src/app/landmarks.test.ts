import { describe, expect, it } from 'vitest';
import { nextLandmark } from './landmarks.ts';

describe('nextLandmark', () => {
  const all = ['top-bar', 'tools', 'map', 'inspector'] as const;

  it('goes through the landmarks in page order and wraps round', () => {
    expect(nextLandmark(all, undefined)).toBe('top-bar');
    expect(nextLandmark(all, 'top-bar')).toBe('tools');
    expect(nextLandmark(all, 'tools')).toBe('map');
    expect(nextLandmark(all, 'map')).toBe('inspector');
    expect(nextLandmark(all, 'inspector')).toBe('top-bar');
  });

  it('goes back with Shift', () => {
    expect(nextLandmark(all, 'top-bar', true)).toBe('inspector');
    expect(nextLandmark(all, 'map', true)).toBe('tools');
    expect(nextLandmark(all, undefined, true)).toBe('inspector');
  });

  it('skips landmarks that are not on the page, whatever order they are listed in', () => {
    expect(nextLandmark(['inspector', 'top-bar'], 'top-bar')).toBe('inspector');
    expect(nextLandmark(['top-bar', 'inspector'], 'inspector')).toBe('top-bar');
    expect(nextLandmark([], 'map')).toBeUndefined();
  });
});
