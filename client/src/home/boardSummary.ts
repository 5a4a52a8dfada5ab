import { DEFAULT_TITLE } from '@partnermap/shared/model';
import type { BoardInfo } from '@partnermap/shared/protocol';
import { lastOpened, type RecentBoard } from './recentBoards.ts';

/** What the home page says about one board beneath its title. */
export interface BoardSummary {
  title: string;
  goal: string;
  facts: string[];
}

/** "30 Nov 2026, 10:15" in the person's own time zone (tests pass one). */
function dayAndTime(time: number, timeZone?: string): string {
  const date = new Date(time);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  return `${day}, ${date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone })}`;
}

const titleKey = (title: string) => title.trim().toLocaleLowerCase();

/**
 * Title, goal and facts for each board listed. Two boards with the same title also say when each
 * was made, so a copy and its original (or two workshops' boards) can be told apart.
 */
export function summariseBoards(
  boards: readonly RecentBoard[],
  infos: Readonly<Record<string, BoardInfo | undefined>>,
  timeZone?: string,
): BoardSummary[] {
  const titleOf = (b: RecentBoard) => infos[b.id]?.title || b.title || DEFAULT_TITLE;
  const counts = new Map<string, number>();
  for (const b of boards) counts.set(titleKey(titleOf(b)), (counts.get(titleKey(titleOf(b))) ?? 0) + 1);
  return boards.map((b) => {
    const info = infos[b.id];
    const title = titleOf(b);
    const facts: string[] = [];
    if (info) facts.push(info.agencies === 1 ? '1 agency' : `${info.agencies} agencies`);
    facts.push(`opened ${dayAndTime(lastOpened(b), timeZone)}`);
    const created = info?.createdAt ? Date.parse(info.createdAt) : NaN;
    if ((counts.get(titleKey(title)) ?? 0) > 1 && !Number.isNaN(created)) facts.push(`made ${dayAndTime(created, timeZone)}`);
    if (b.role === 'view') facts.push('view only');
    return { title, goal: info?.goal ?? '', facts };
  });
}
