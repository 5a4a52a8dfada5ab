import type { CreatedBoard } from '../../../shared/src/index.ts';

/**
 * The edit and view tokens of boards made (or whose links were replaced) on this device. The
 * server keeps only hashes, so this is the only place the view link can be found again.
 */
export interface BoardLinks {
  editToken: string;
  viewToken: string;
}

const key = (id: string) => `partnermap.links.${id}`;

export function rememberLinks(created: Pick<CreatedBoard, 'id' | 'editToken' | 'viewToken'>, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(key(created.id), JSON.stringify({ editToken: created.editToken, viewToken: created.viewToken }));
}

/** The links for a board, if this device knows them and they match the edit token in use. */
export function linksFor(id: string, editToken: string, storage: Pick<Storage, 'getItem'> = localStorage): BoardLinks | undefined {
  try {
    const parsed = JSON.parse(storage.getItem(key(id)) ?? 'null') as Partial<BoardLinks> | null;
    if (typeof parsed?.viewToken !== 'string' || parsed.editToken !== editToken) return undefined;
    return { editToken, viewToken: parsed.viewToken };
  } catch {
    return undefined;
  }
}
