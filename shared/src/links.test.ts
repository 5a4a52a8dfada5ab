import { describe, expect, it } from 'vitest';
import { viewTokenFor } from './links.ts';

describe('the view token follows from the edit token', () => {
  it('is the same wherever it is computed, and differs per board', () => {
    const edit = 'EPtiGuIKRYF0Mi6kQdFB_S4cbS88sNNWrB_JVYFvDIc';
    expect(viewTokenFor(edit)).toBe(viewTokenFor(edit));
    expect(viewTokenFor(edit)).not.toBe(viewTokenFor(`${edit}x`));
    expect(viewTokenFor(edit)).not.toContain(edit);
  });

  it('is a URL-safe 256-bit token', () => {
    expect(viewTokenFor('any')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
