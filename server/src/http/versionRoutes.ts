import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { newId } from '@partnermap/shared/doc';
import { EXPORT_FILES, exportFileName } from '@partnermap/shared/formats';
import type { Board } from '@partnermap/shared/model';
import {
  MAX_PERSON_NAME_LENGTH,
  MAX_VERSION_NAME_LENGTH,
  type CreatedVersion,
  type FieldHistoryEntry,
  type RestoredVersion,
  type VersionSummary,
} from '@partnermap/shared/protocol';
import { ATTRIBUTIONS_KEPT, type BoardStore, type StoredVersion } from '../storage/store.ts';
import { RoomGoneError, type Room } from '../sync/room.ts';
import type { Rooms } from '../sync/rooms.ts';
import { boardOfVersion, restoreVersionName } from '../versions/versionState.ts';
import { authorize } from './boardsApi.ts';
import { attachment } from './exportRoutes.ts';
import { HttpError, readJson, sendJson } from './respond.ts';
import { BOARD_ID, type Route } from './routes.ts';

export interface VersionDeps {
  store: BoardStore;
  rooms: Rooms;
  maxBodyBytes: number;
}

/** Versions a board may keep: each costs its compressed state, so an editor cannot fill the disk with them. */
export const MAX_VERSIONS_PER_BOARD = 1000;
/** Changes the history of one entity answers with, newest first: all that are kept. */
const HISTORY_LIMIT = ATTRIBUTIONS_KEPT;

/** Version ids are the server's own (uuid v4); anything else cannot be one. */
const VERSION_ID = '([^/]+)';
const VERSION_ID_FORMAT = /^[0-9a-f-]{36}$/;

const PersonSchema = z.string().trim().max(MAX_PERSON_NAME_LENGTH, `at most ${MAX_PERSON_NAME_LENGTH} characters`).optional();
const CreateSchema = z.object({
  name: z.string().trim().min(1, 'give the version a name').max(MAX_VERSION_NAME_LENGTH, `at most ${MAX_VERSION_NAME_LENGTH} characters`),
  createdBy: PersonSchema,
});
const RestoreSchema = z.object({ restoredBy: PersonSchema }).nullable();

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new HttpError(400, parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
  }
  return parsed.data;
}

const summary = ({ id, name, createdAt, auto, createdBy }: VersionSummary): VersionSummary => ({ id, name, createdAt, auto, createdBy });
const created = ({ id, name, createdAt }: CreatedVersion): CreatedVersion => ({ id, name, createdAt });

function versionsApi({ store, rooms, maxBodyBytes }: VersionDeps) {
  async function version(boardId: string, versionId: string): Promise<StoredVersion> {
    const found = VERSION_ID_FORMAT.test(versionId) ? await store.getVersion(boardId, versionId) : undefined;
    if (!found) throw new HttpError(404, 'There is no version with this id on this board');
    return found;
  }

  /** The board at `which`: a version's id, or "now" for the live board. */
  async function boardAt(boardId: string, which: string | null, param: string): Promise<Board> {
    if (!which) throw new HttpError(400, `${param}: give a version id${param === 'to' ? ' or "now"' : ''}`);
    if (which === 'now' && param === 'to') return (await rooms.read(boardId)).board;
    const found = VERSION_ID_FORMAT.test(which) ? await store.getVersion(boardId, which) : undefined;
    if (!found) throw new HttpError(404, `${param}: there is no version with this id on this board`);
    return boardOfVersion(found.state);
  }

  async function keep(boardId: string, name: string, createdBy: string, auto: boolean, state: Uint8Array): Promise<CreatedVersion> {
    const v: StoredVersion = { id: newId(), name, createdAt: new Date().toISOString(), createdBy, auto, state };
    await store.createVersion(boardId, v);
    return created(v);
  }

  /** A board being reloaded after a failed save answers 503: the client may try again. */
  async function onRoom<T>(boardId: string, work: (room: Room) => Promise<T>): Promise<T> {
    try {
      return await rooms.withRoom(boardId, work);
    } catch (err) {
      if (err instanceof RoomGoneError) throw new HttpError(503, 'The board is being reloaded: try again in a moment', { 'retry-after': '2' });
      throw err;
    }
  }

  return {
    /** GET /api/boards/<id>/versions (view): oldest first. */
    async list(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
      await authorize(store, req, url, id, 'view');
      sendJson(res, 200, (await store.listVersions(id)).map(summary));
    },

    /** POST /api/boards/<id>/versions {name, createdBy?} (edit): the board as it is now. */
    async create(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
      await authorize(store, req, url, id, 'edit');
      const body = parse(CreateSchema, await readJson(req, maxBodyBytes));
      if ((await store.listVersions(id)).length >= MAX_VERSIONS_PER_BOARD) {
        throw new HttpError(409, `This board keeps ${MAX_VERSIONS_PER_BOARD} versions already: delete some first`);
      }
      const state = await onRoom(id, (room) => room.state());
      sendJson(res, 201, await keep(id, body.name, body.createdBy ?? '', false, state));
    },

    /** DELETE /api/boards/<id>/versions/<vid> (edit). */
    async remove(req: IncomingMessage, res: ServerResponse, url: URL, id: string, versionId: string): Promise<void> {
      await authorize(store, req, url, id, 'edit');
      await version(id, versionId);
      await store.deleteVersion(id, versionId);
      res.writeHead(204).end();
    },

    /** GET /api/boards/<id>/versions/<vid>/export.json (view): the board as it was. */
    async exportJson(req: IncomingMessage, res: ServerResponse, url: URL, id: string, versionId: string): Promise<void> {
      await authorize(store, req, url, id, 'view');
      const v = await version(id, versionId);
      const board = boardOfVersion(v.state);
      const body = EXPORT_FILES.json.write(board);
      res.writeHead(200, {
        'content-type': `${EXPORT_FILES.json.type}; charset=utf-8`,
        'content-length': Buffer.byteLength(body),
        'content-disposition': attachment(exportFileName(`${board.meta.title} - ${v.name}`, 'json')),
        'cache-control': 'no-store',
      });
      res.end(body);
    },

    /** POST /api/boards/<id>/versions/<vid>/restore {restoredBy?} (edit): one change everyone sees. */
    async restore(req: IncomingMessage, res: ServerResponse, url: URL, id: string, versionId: string): Promise<void> {
      await authorize(store, req, url, id, 'edit');
      const by = parse(RestoreSchema, await readJson(req, maxBodyBytes))?.restoredBy ?? '';
      const v = await version(id, versionId);
      const board = boardOfVersion(v.state);
      let before: CreatedVersion | undefined;
      await onRoom(id, (room) => room.restore(board, by, async (state) => {
        before = await keep(id, restoreVersionName(v.name), '', true, state);
      }));
      sendJson(res, 200, { restored: v.id, before: before! } satisfies RestoredVersion);
    },

    /** GET /api/boards/<id>/diff?from=<vid>&to=<vid|now> (view): what changed, and the measures side by side. */
    async diff(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
      await authorize(store, req, url, id, 'view');
      const from = await boardAt(id, url.searchParams.get('from'), 'from');
      const to = await boardAt(id, url.searchParams.get('to'), 'to');
      // Loaded on the first comparison, as the analysis it measures with is.
      const { compareMeasures, diffBoards } = await import('@partnermap/shared/history');
      sendJson(res, 200, { ...diffBoards(from, to), measures: compareMeasures(from, to) });
    },

    /** GET /api/boards/<id>/history?entity=<id> (view): who changed the entity's fields, newest first. */
    async history(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
      await authorize(store, req, url, id, 'view');
      const entity = url.searchParams.get('entity');
      if (!entity || entity.length > 100) throw new HttpError(400, 'entity: give the id of an agency, relationship or partnership');
      const rows = await store.attributions(id, entity, HISTORY_LIMIT);
      sendJson(res, 200, rows.map(({ field, value, name, at }) => ({ field, value, name, at }) satisfies FieldHistoryEntry));
    },
  };
}

/** The routes to add to the server's list. */
export function versionRoutes(deps: VersionDeps): Route[] {
  const api = versionsApi(deps);
  const board = `^/api/boards/${BOARD_ID}`;
  return [
    { method: 'GET', pattern: new RegExp(`${board}/versions$`), handler: api.list },
    { method: 'POST', pattern: new RegExp(`${board}/versions$`), handler: api.create },
    { method: 'DELETE', pattern: new RegExp(`${board}/versions/${VERSION_ID}$`), handler: api.remove },
    { method: 'GET', pattern: new RegExp(`${board}/versions/${VERSION_ID}/export\\.json$`), handler: api.exportJson },
    { method: 'POST', pattern: new RegExp(`${board}/versions/${VERSION_ID}/restore$`), handler: api.restore },
    { method: 'GET', pattern: new RegExp(`${board}/diff$`), handler: api.diff },
    { method: 'GET', pattern: new RegExp(`${board}/history$`), handler: api.history },
  ];
}
