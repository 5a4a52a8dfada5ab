import { parseBoardJson } from '@partnermap/shared/formats';
import type { Board } from '@partnermap/shared/model';
import type { CreatedVersion, FieldHistoryEntry, RestoredVersion, VersionSummary } from '@partnermap/shared/protocol';

/** What the versions API needs to know about the open board. */
export interface BoardAccess {
  boardId: string;
  token: string;
}

async function call(access: BoardAccess, path: string, what: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`/api/boards/${encodeURIComponent(access.boardId)}/${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${access.token}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    });
  } catch {
    throw new Error(`The server cannot be reached, so ${what}. Try again when you are back online.`);
  }
  if (!res.ok) {
    const reason = await res.json().then((b: { error?: string }) => b.error, () => undefined);
    throw new Error(`${what[0]!.toUpperCase()}${what.slice(1)}: ${reason ?? `the server answered ${res.status}`}.`);
  }
  return res;
}

export async function listVersions(access: BoardAccess): Promise<VersionSummary[]> {
  return (await (await call(access, 'versions', 'the versions could not be listed')).json()) as VersionSummary[];
}

export async function makeVersion(access: BoardAccess, name: string, createdBy: string): Promise<CreatedVersion> {
  const body = JSON.stringify(createdBy ? { name, createdBy } : { name });
  return (await (await call(access, 'versions', 'the version was not made', { method: 'POST', body })).json()) as CreatedVersion;
}

export async function restoreVersion(access: BoardAccess, versionId: string, restoredBy: string): Promise<RestoredVersion> {
  const body = JSON.stringify(restoredBy ? { restoredBy } : {});
  const path = `versions/${encodeURIComponent(versionId)}/restore`;
  return (await (await call(access, path, 'the board was not restored', { method: 'POST', body })).json()) as RestoredVersion;
}

/** The board as a version holds it, read as any JSON export is (validated, migrated). */
export async function versionBoard(access: BoardAccess, versionId: string): Promise<Board> {
  const res = await call(access, `versions/${encodeURIComponent(versionId)}/export.json`, 'the version could not be opened');
  return parseBoardJson(await res.text());
}

export async function fieldHistory(access: BoardAccess, entityId: string): Promise<FieldHistoryEntry[]> {
  const res = await call(access, `history?entity=${encodeURIComponent(entityId)}`, 'the history could not be read');
  return (await res.json()) as FieldHistoryEntry[];
}

export async function deleteVersion(access: BoardAccess, versionId: string): Promise<void> {
  await call(access, `versions/${encodeURIComponent(versionId)}`, 'the version was not deleted', { method: 'DELETE' });
}
