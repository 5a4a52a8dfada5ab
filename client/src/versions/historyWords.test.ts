import { describe, expect, it } from 'vitest';
import { historyLine } from './historyWords.ts';

const now = new Date('2026-11-30T12:00:00Z');

describe('historyLine', () => {
  it('says what changed to what, by whom and when, in words', () => {
    expect(historyLine({ field: 'integration', value: '3', name: 'Sam', at: '2026-03-03T10:00:00Z' }, now)).toBe(
      'Degree changed to Collaboration by Sam, 3 March',
    );
    expect(historyLine({ field: 'formality', value: 'formal', name: 'Ana', at: '2025-06-01T10:00:00Z' }, now)).toBe(
      'Formality changed to Formal by Ana, 1 June 2025',
    );
    expect(historyLine({ field: 'name', value: 'Ward 7', name: '', at: '2026-03-03T10:00:00Z' }, now)).toBe('Name changed to “Ward 7”, 3 March');
    expect(historyLine({ field: 'notes', value: 'x'.repeat(80), name: 'Sam', at: '2026-03-03T10:00:00Z' }, now)).toBe('Notes changed by Sam, 3 March');
    expect(historyLine({ field: 'added', value: '', name: 'Sam', at: '2026-03-03T10:00:00Z' }, now)).toBe('Added by Sam, 3 March');
  });
});
