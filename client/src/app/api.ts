import type { BoardAccess, BoardInfo, CreatedBoard } from '@partnermap/shared/protocol';

type NotFound = { state: 'gone' } | { state: 'refused' } | { state: 'unreachable' };
export type BoardLookup = { state: 'found'; info: BoardInfo } | NotFound;
export type AccessLookup = { state: 'found'; access: BoardAccess } | NotFound;

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

async function lookUp(path: string, token: string): Promise<{ state: 'found'; body: unknown } | NotFound> {
  try {
    const res = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status === 404) return { state: 'gone' };
    if (res.status === 401 || res.status === 403) return { state: 'refused' };
    if (!res.ok) return { state: 'unreachable' };
    return { state: 'found', body: await res.json() };
  } catch {
    return { state: 'unreachable' };
  }
}

/** Whether a board still exists, what this token may do with it, and what the home page lists of it. */
export async function lookUpBoard(id: string, token: string): Promise<BoardLookup> {
  const found = await lookUp(`/api/boards/${encodeURIComponent(id)}`, token);
  return found.state === 'found' ? { state: 'found', info: found.body as BoardInfo } : found;
}

/** Whether a board still exists and what this token may do with it, without the server reading the board. */
export async function lookUpAccess(id: string, token: string): Promise<AccessLookup> {
  const found = await lookUp(`/api/boards/${encodeURIComponent(id)}/access`, token);
  return found.state === 'found' ? { state: 'found', access: found.body as BoardAccess } : found;
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
