import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { addGoal, createBoardDoc, destroyBoardDoc, encodeBoard, readSummary, type BoardDoc } from '@partnermap/shared/doc';
import { BoardMetaSchema, DEFAULT_TITLE } from '@partnermap/shared/model';
import { viewTokenFor } from '@partnermap/shared/links';
import { CloseCode, boardPath, type BoardAccess, type BoardInfo, type CreatedBoard } from '@partnermap/shared/protocol';
import { hashToken, newBoardId, newToken, roleFor, tokenFromRequest } from '../auth/tokens.ts';
import type { BoardStore } from '../storage/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { HttpError, readJson, sendJson } from './respond.ts';

const CreateBoardSchema = z.object({
  title: BoardMetaSchema.shape.title.optional(),
  goal: z.string().max(2000).optional(),
});

export interface BoardsApiDeps {
  store: BoardStore;
  rooms: Rooms;
  maxBodyBytes: number;
}

function issueTokens(id: string) {
  const editToken = newToken();
  const viewToken = viewTokenFor(editToken);
  const links = { editPath: boardPath(id, editToken), viewPath: boardPath(id, viewToken) };
  return {
    hashes: { editTokenHash: hashToken(editToken), viewTokenHash: hashToken(viewToken) },
    created: { id, editToken, viewToken, ...links } satisfies CreatedBoard,
  };
}

/** Stores a board built elsewhere (a new board, or an import) under a new id and links; the doc is then done with. */
export async function storeNewBoard(store: BoardStore, doc: BoardDoc): Promise<CreatedBoard> {
  try {
    const id = newBoardId();
    const { hashes, created } = issueTokens(id);
    await store.createBoard({ id, ...hashes, createdAt: new Date().toISOString() }, encodeBoard(doc), readSummary(doc));
    return created;
  } finally {
    destroyBoardDoc(doc);
  }
}

/** Checks the request's token against the board; returns the role it grants. */
export async function authorize(
  store: BoardStore,
  req: IncomingMessage,
  url: URL,
  id: string,
  need: 'view' | 'edit' = 'view',
) {
  const board = await store.getBoard(id);
  if (!board) throw new HttpError(404, 'There is no board with this id');
  const role = roleFor(board, tokenFromRequest(req.headers, url));
  if (!role) throw new HttpError(401, 'This link is not valid for this board');
  if (need === 'edit' && role !== 'edit') throw new HttpError(403, 'This needs the edit link');
  return role;
}

export function boardsApi({ store, rooms, maxBodyBytes }: BoardsApiDeps) {
  return {
    /** POST /api/boards {title, goal?} */
    async create(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const parsed = CreateBoardSchema.safeParse(await readJson(req, maxBodyBytes));
      if (!parsed.success) throw new HttpError(400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const title = parsed.data.title?.trim() || DEFAULT_TITLE;
      const doc = createBoardDoc({ title });
      const goal = parsed.data.goal?.trim();
      if (goal) addGoal(doc, goal);
      sendJson(res, 201, await storeNewBoard(store, doc));
    },

    /**
     * GET /api/boards/<id>: what the home page lists (title, goal, size, date) and the role the
     * token grants. A board in memory is read as it is now; any other from the summary kept when it
     * was made or last left memory while that is current, so that a home page listing many boards
     * loads none of them.
     */
    async info(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
      const role = await authorize(store, req, url, id);
      const stored = await store.getBoard(id);
      const kept = rooms.isLoaded(id) ? undefined : await store.getSummary(id);
      const { title, goal, agencies } = kept ?? (await rooms.summary(id));
      sendJson(res, 200, { id, title, role, goal, agencies, createdAt: stored?.createdAt ?? '' } satisfies BoardInfo);
    },

    /**
     * GET /api/boards/<id>/access: the role the token grants, from the links alone. A page opening
     * the board asks this first; reading the board here would make a big board load twice as slowly.
     */
    async access(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
      const role = await authorize(store, req, url, id);
      sendJson(res, 200, { id, role } satisfies BoardAccess);
    },

    /** POST /api/boards/<id>/links: new links; the old ones stop working at once. */
    async replaceLinks(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
      await authorize(store, req, url, id, 'edit');
      const { hashes, created } = issueTokens(id);
      await store.setTokens(id, hashes);
      rooms.disconnectAll(id, CloseCode.LinkReplaced);
      sendJson(res, 200, created);
    },

    /** DELETE /api/boards/<id> */
    async remove(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
      await authorize(store, req, url, id, 'edit');
      await store.deleteBoard(id);
      await rooms.evict(id);
      res.writeHead(204).end();
    },
  };
}
