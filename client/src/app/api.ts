import type { BoardInfo, CreatedBoard } from '@partnermap/shared/protocol';

export type BoardLookup =
  | { state: 'found'; info: BoardInfo }
  | { state: 'gone' }
  | { state: 'refused' }
  | { state: 'unreachable' };

export async function createBoard(title: string, goal: string): Promise<CreatedBoard> {
  const res = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(goal.trim() ? { title, goal } : { title }),
  });
  if (!res.ok) throw new Error(`The board could not be created (the server answered ${res.status}).`);
  return (await res.json()) as CreatedBoard;
}

/** New edit and view links; the old ones stop working at once and their holders are disconnected. */
export async function replaceLinks(id: string, editToken: string): Promise<CreatedBoard> {
  let res: Response;
  try {
    res = await fetch(`/api/boards/${encodeURIComponent(id)}/links`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${editToken}` },
    });
  } catch {
    throw new Error('The server cannot be reached, so the links were not replaced. Try again when you are back online.');
  }
  if (!res.ok) throw new Error(`The links could not be replaced (the server answered ${res.status}).`);
  return (await res.json()) as CreatedBoard;
}

/** Whether a board still exists and what this token may do with it. */
export async function lookUpBoard(id: string, token: string): Promise<BoardLookup> {
  try {
    const res = await fetch(`/api/boards/${encodeURIComponent(id)}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.status === 404) return { state: 'gone' };
    if (res.status === 401 || res.status === 403) return { state: 'refused' };
    if (!res.ok) return { state: 'unreachable' };
    return { state: 'found', info: (await res.json()) as BoardInfo };
  } catch {
    return { state: 'unreachable' };
  }
}

/** Deletes a board for everyone; only its edit link may. Throws plain words when it could not. */
export async function deleteBoard(id: string, editToken: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${editToken}` } });
  } catch {
    throw new Error('The server cannot be reached, so the board was not deleted. Try again when you are back online.');
  }
  if (res.status === 404) return;
  if (res.status === 401 || res.status === 403) throw new Error('This link can no longer delete the board: it may have been replaced.');
  if (!res.ok) throw new Error(`The board could not be deleted (the server answered ${res.status}).`);
}
