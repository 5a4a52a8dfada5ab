import { describe, expect, it } from 'vitest';
import { attributionsOf } from './attributions.ts';

describe('attributionsOf', () => {
  const at = new Date('2026-03-03T10:00:00.000Z');

  it('keeps one row per entity and field (the last value), leaves moves out, and shortens long values', () => {
    const rows = attributionsOf([
      { entity: 'relationships', id: 'r1', field: 'integration', value: 2 },
      { entity: 'relationships', id: 'r1', field: 'integration', value: 3 },
      { entity: 'agencies', id: 'a1', field: 'position', value: { x: 1, y: 2 } },
      { entity: 'agencies', id: 'a1', field: 'notes', value: 'x'.repeat(500) },
      { entity: 'agencies', id: 'a2', field: 'added', value: null },
      { entity: 'agencies', id: 'a1', field: 'values', value: ['money', 'beds'] },
    ], 'Sam', at);
    expect(rows).toEqual([
      { entityId: 'r1', field: 'integration', value: '3', name: 'Sam', at: at.toISOString() },
      { entityId: 'a1', field: 'notes', value: `${'x'.repeat(199)}…`, name: 'Sam', at: at.toISOString() },
      { entityId: 'a2', field: 'added', value: '', name: 'Sam', at: at.toISOString() },
      { entityId: 'a1', field: 'values', value: '["money","beds"]', name: 'Sam', at: at.toISOString() },
    ]);
  });
});
