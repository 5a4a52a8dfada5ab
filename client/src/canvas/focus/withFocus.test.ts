import { describe, expect, it } from 'vitest';
import { withFocus } from './withFocus.ts';

describe('focus on top of the filters', () => {
  const lit = { agencies: new Set(['a', 'b', 'c']), relationships: new Set(['a-b', 'b-c']) };

  it('keeps lit only what both the filters and the focus keep lit', () => {
    const reach = { agencies: new Set(['b', 'c', 'd']), relationships: new Set(['b-c', 'c-d']) };
    const both = withFocus(lit, reach);
    expect([...both.agencies]).toEqual(['b', 'c']);
    expect([...both.relationships]).toEqual(['b-c']);
  });

  it('leaves the filters alone without a focus', () => {
    expect(withFocus(lit, undefined)).toBe(lit);
  });
});
