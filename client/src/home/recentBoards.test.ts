import { describe, expect, it } from 'vitest';
import { forgetBoard, lastOpened, markOpened, readRecent, rememberBoard } from './recentBoards.ts';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('recent boards', () => {
  it('lists boards newest first, once each, and keeps the first opening time when the title changes', () => {
    const s = memoryStorage();
    rememberBoard({ id: 'a', token: 't', role: 'edit', title: 'A', openedAt: 1 }, s);
    rememberBoard({ id: 'b', token: 't', role: 'edit', title: 'B', openedAt: 2 }, s);
    rememberBoard({ id: 'a', token: 't', role: 'edit', title: 'A renamed' }, s);
    expect(readRecent(s).map((r) => [r.id, r.title, r.openedAt])).toEqual([
      ['b', 'B', 2],
      ['a', 'A renamed', 1],
    ]);
  });

  it('keeps the edit link when the same board is later opened through a view-only link', () => {
    const s = memoryStorage();
    rememberBoard({ id: 'a', token: 'edit-token', role: 'edit', title: 'A' }, s);
    rememberBoard({ id: 'a', token: 'view-token', role: 'view', title: 'A' }, s);
    expect(readRecent(s)[0]).toMatchObject({ token: 'edit-token', role: 'edit' });
    rememberBoard({ id: 'b', token: 'view-token', role: 'view', title: 'B' }, s);
    rememberBoard({ id: 'b', token: 'edit-token', role: 'edit', title: 'B' }, s);
    expect(readRecent(s)[0]).toMatchObject({ id: 'b', token: 'edit-token', role: 'edit' });
  });

  it('records the last opening and lists the most recently opened first', () => {
    const s = memoryStorage();
    rememberBoard({ id: 'a', token: 't', role: 'edit', title: 'A', openedAt: 1 }, s);
    rememberBoard({ id: 'b', token: 't', role: 'edit', title: 'B', openedAt: 2 }, s);
    markOpened('a', 5, s);
    rememberBoard({ id: 'a', token: 't', role: 'edit', title: 'A renamed' }, s);
    expect(readRecent(s).map((r) => [r.id, r.openedAt, lastOpened(r)])).toEqual([
      ['a', 1, 5],
      ['b', 2, 2],
    ]);
  });

  it('forgets a board', () => {
    const s = memoryStorage();
    rememberBoard({ id: 'a', token: 't', role: 'edit', title: 'A', openedAt: 1 }, s);
    forgetBoard('a', s);
    expect(readRecent(s)).toEqual([]);
  });

  it('survives junk in storage', () => {
    const s = memoryStorage();
    s.setItem('partnermap.recentBoards', '{not json');
    expect(readRecent(s)).toEqual([]);
    s.setItem('partnermap.recentBoards', JSON.stringify([{ id: 1 }, { id: 'x', token: 't', role: 'edit', title: 'X', openedAt: 3 }]));
    expect(readRecent(s).map((r) => r.id)).toEqual(['x']);
  });
});
