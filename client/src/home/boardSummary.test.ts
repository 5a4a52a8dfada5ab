import { describe, expect, it } from 'vitest';
import type { BoardInfo } from '@partnermap/shared/protocol';
import { summariseBoards } from './boardSummary.ts';
import type { RecentBoard } from './recentBoards.ts';

const at = (iso: string) => Date.parse(iso);
const recent = (id: string, title: string, opened: string, role: RecentBoard['role'] = 'edit'): RecentBoard => ({
  id,
  token: 't',
  role,
  title,
  openedAt: at('2026-11-01T09:00:00Z'),
  lastOpenedAt: at(opened),
});
const info = (id: string, title: string, goal: string, agencies: number, createdAt: string): BoardInfo => ({
  id,
  title,
  role: 'edit',
  goal,
  agencies,
  createdAt,
});

describe('board summaries on the home page', () => {
  it('gives the goal, the number of agencies and when it was last opened', () => {
    const [one] = summariseBoards(
      [recent('a', 'Discharge', '2026-11-30T10:15:00Z')],
      { a: info('a', 'Discharge', 'Home the same day', 12, '2026-11-02T08:00:00Z') },
      'UTC',
    );
    expect(one).toEqual({ title: 'Discharge', goal: 'Home the same day', facts: ['12 agencies', 'opened 30 Nov 2026, 10:15'] });
  });

  it('tells two boards with the same title apart by when each was made', () => {
    const rows = summariseBoards(
      [recent('a', 'Discharge', '2026-11-30T10:15:00Z'), recent('b', 'discharge ', '2026-11-29T10:15:00Z')],
      {
        a: info('a', 'Discharge', '', 1, '2026-11-02T08:00:00Z'),
        b: info('b', 'discharge ', '', 3, '2026-10-20T16:30:00Z'),
      },
      'UTC',
    );
    expect(rows.map((r) => r.facts)).toEqual([
      ['1 agency', 'opened 30 Nov 2026, 10:15', 'made 2 Nov 2026, 08:00'],
      ['3 agencies', 'opened 29 Nov 2026, 10:15', 'made 20 Oct 2026, 16:30'],
    ]);
  });

  it('uses the title the board has now, and says what it can before the server answers', () => {
    const [row] = summariseBoards([recent('a', 'Old title', '2026-11-30T10:15:00Z', 'view')], {}, 'Europe/London');
    expect(row).toEqual({ title: 'Old title', goal: '', facts: ['opened 30 Nov 2026, 10:15', 'view only'] });
    const [renamed] = summariseBoards([recent('a', 'Old title', '2026-11-30T10:15:00Z')], {
      a: info('a', 'New title', '', 0, '2026-11-02T08:00:00Z'),
    });
    expect(renamed?.title).toBe('New title');
  });
});
