import { describe, expect, it } from 'vitest';
import { random } from '@partnermap/shared/doc/fixtures/random.ts';
import { KeptList, SentList } from './painter.ts';

interface Thing {
  id: string;
  v: number;
}

describe('the map told to the painter as changes', () => {
  it('sends only what changed: one agency moved of many is one thing sent', () => {
    const sent = new SentList<Thing>();
    const things = Array.from({ length: 1000 }, (_, i) => ({ id: `a${i}`, v: 0 }));
    expect(sent.changes(things)).toMatchObject({ reset: true });
    const moved = things.map((t, i) => (i === 500 ? { ...t, v: 1 } : t));
    expect(sent.changes(moved)).toEqual({ reset: false, set: [moved[500]], removed: [] });
    expect(sent.changes(moved)).toEqual({ reset: false, set: [], removed: [] });
    expect(sent.changes(moved.slice(1))).toEqual({ reset: false, set: [], removed: ['a0'] });
  });

  it('leaves the painter holding the list as it is, in its order, through any series of edits', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { next } = random(seed);
      const sent = new SentList<Thing>();
      const kept = new KeptList<Thing>();
      let list: Thing[] = [];
      let made = 0;
      for (let step = 0; step < 40; step++) {
        const r = next();
        if (r < 0.3) list = [...list, ...Array.from({ length: 1 + Math.floor(next() * 5) }, () => ({ id: `t${made++}`, v: 0 }))];
        else if (r < 0.5) list = list.filter(() => next() > 0.2);
        else if (r < 0.8) list = list.map((t) => (next() < 0.1 ? { ...t, v: t.v + 1 } : t));
        else if (r < 0.9 && list.length > 1) {
          // A new thing put first, or two swapped: orders only a fresh list can tell.
          const i = Math.floor(next() * list.length);
          list = next() < 0.5 ? [{ id: `t${made++}`, v: 0 }, ...list] : [list[i]!, ...list.filter((_, j) => j !== i)];
        } else list = [...list];
        kept.apply(sent.changes(list));
        expect(kept.all, `seed ${seed}, step ${step}`).toEqual(list);
      }
    }
  });
});
