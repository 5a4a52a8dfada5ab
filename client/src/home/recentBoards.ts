import type { Role } from '@partnermap/shared/protocol';

/** Boards opened on this device, kept in localStorage so the home page can list them. */
export interface RecentBoard {
  id: string;
  token: string;
  role: Role;
  title: string;
  /** When this device first opened it. */
  openedAt: number;
  /** When this device last opened it; missing on entries kept before it was recorded. */
  lastOpenedAt?: number;
}

/** When the board was last opened here, for the list and its order. */
export const lastOpened = (b: RecentBoard): number => b.lastOpenedAt ?? b.openedAt;

const KEY = 'partnermap.recentBoards';

function isRecent(x: unknown): x is RecentBoard {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.token === 'string' &&
    (r.role === 'edit' || r.role === 'view') &&
    typeof r.title === 'string' &&
    typeof r.openedAt === 'number' &&
    (r.lastOpenedAt === undefined || typeof r.lastOpenedAt === 'number')
  );
}

export function readRecent(storage: Pick<Storage, 'getItem'> = localStorage): RecentBoard[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecent).sort((a, b) => lastOpened(b) - lastOpened(a)) : [];
  } catch {
    return [];
  }
}

function write(list: RecentBoard[], storage: Pick<Storage, 'setItem'>): void {
  storage.setItem(KEY, JSON.stringify(list));
}

/**
 * Records an opening (or a new title) of a board; the newest comes first. Opening a view-only
 * link never replaces an edit link already kept for the same board.
 */
export function rememberBoard(
  entry: Omit<RecentBoard, 'openedAt'> & { openedAt?: number },
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): void {
  const previous = readRecent(storage).find((r) => r.id === entry.id);
  const keepEdit = previous?.role === 'edit' && entry.role === 'view';
  const link = keepEdit ? { token: previous.token, role: previous.role } : { token: entry.token, role: entry.role };
  const next: RecentBoard = {
    lastOpenedAt: previous?.lastOpenedAt,
    ...entry,
    ...link,
    openedAt: entry.openedAt ?? previous?.openedAt ?? Date.now(),
  };
  write([next, ...readRecent(storage).filter((r) => r.id !== entry.id)], storage);
}

/** Records that the board was opened just now (once per visit, not on every title change). */
export function markOpened(id: string, now = Date.now(), storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): void {
  write(readRecent(storage).map((r) => (r.id === id ? { ...r, lastOpenedAt: now } : r)), storage);
}

export function forgetBoard(id: string, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): void {
  write(readRecent(storage).filter((r) => r.id !== id), storage);
}
