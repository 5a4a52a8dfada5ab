import { describe, expect, it } from 'vitest';
import { NOTHING_TO_SAVE, answered, edited, isUnsaved, queried, type SaveState } from './saveTracker.ts';

type Step = 'edit' | 'query' | number;

function run(steps: Step[]): SaveState {
  return steps.reduce<SaveState>((s, step) => (step === 'edit' ? edited(s) : step === 'query' ? queried(s) : answered(s, step)), NOTHING_TO_SAVE);
}

describe('save tracking', () => {
  it.each<[string, Step[], boolean]>([
    ['nothing edited', [], false],
    ['an edit not yet queried', ['edit'], true],
    ['queried, no answer yet', ['edit', 'query'], true],
    ['answered', ['edit', 'query', 1], false],
    ['edited again after the answer', ['edit', 'query', 1, 'edit'], true],
    ['edited while the query was out', ['edit', 'query', 'edit', 1], true],
    ['the answer to an older query only', ['edit', 'query', 'edit', 'query', 1], true],
    ['the latest answered, an older one lost on a reconnect', ['edit', 'query', 'edit', 'query', 2], false],
    ['a late answer to an older query does not undo a newer one', ['edit', 'query', 'edit', 'query', 2, 1], false],
    ['an answer to a query never sent is ignored', ['edit', 'query', 7], true],
  ])('%s', (_name, steps, unsaved) => {
    expect(isUnsaved(run(steps))).toBe(unsaved);
  });
});
