import * as encoding from 'lib0/encoding';

/**
 * Close codes and reasons shared by the server (which sends them) and the client (which turns
 * them into plain words). 4xxx are ours; 1001 and 1009 are the standard ones ws uses.
 */
export const CloseCode = {
  /** The server is shutting down or restarting; the client reconnects. */
  GoingAway: 1001,
  /** A frame over the size limit (ws closes with this code itself). */
  MessageTooBig: 1009,
  /** A message that could not be decoded. */
  BadMessage: 4400,
  /** The link used has been replaced by new links. */
  LinkReplaced: 4401,
  /** The board has been deleted. */
  BoardGone: 4404,
  /** The board could not be loaded from storage. */
  LoadFailed: 4500,
  /** The server could not save an edit. */
  SaveFailed: 4501,
  /** An edit would take the board past its stored-size limit; it was not saved. */
  BoardFull: 4413,
} as const;
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

export const CloseReason: Record<CloseCodeValue, string> = {
  1001: 'The server is restarting',
  1009: 'A message was larger than the server accepts',
  4400: 'A message could not be understood',
  4401: 'This link has been replaced by a new one',
  4404: 'This board no longer exists',
  4500: 'The board could not be loaded',
  4501: 'The server could not save an edit',
  4413: 'This board has reached its size limit',
};

/** Plain words for the person at the board, for each way a connection can end. */
export const CloseExplanation: Record<CloseCodeValue, string> = {
  1001: 'The server is restarting. Your edits are kept and will be sent when it is back.',
  1009: 'An edit was too large to send. Try splitting it into smaller changes.',
  4400: 'The connection was closed because the server could not understand a message. Reload the page.',
  4401: 'The coordinator has replaced the links to this board. Ask them for the new link.',
  4404: 'This board no longer exists.',
  4500: 'The board could not be loaded from storage. Nothing has been changed; please try again later.',
  4501: 'The server could not save an edit. Reload the page to try again.',
  4413: 'This board has reached its size limit, so your latest edit was not saved. Remove something, or start a new board.',
};

/** Codes after which reconnecting would only fail again. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.LinkReplaced,
  CloseCode.BoardGone,
  CloseCode.BadMessage,
  CloseCode.BoardFull,
]);

/** Largest presence state (name, pointer, selection...) one person may share, as JSON. */
export const MAX_PRESENCE_STATE_BYTES = 4096;

/** Presence client ids one connection may speak for: one per page, a few to spare. */
export const MAX_PRESENCE_CLIENTS_PER_CONNECTION = 4;

/** y-websocket's message type for sync messages (step 1, step 2, update). */
export const SYNC_MESSAGE = 0;

/**
 * Message type (after y-websocket's 0-3) by which a client asks the server to answer once every
 * update it sent before has been stored: what lets the top bar say "saved" truthfully.
 */
export const SAVED_QUERY_MESSAGE = 4;

/**
 * Message type by which the server sends a big board's sync step 2 compressed: the update's
 * length, then the update compressed with deflate-raw. Only to a client whose address asks for
 * it (`COMPRESSED_SYNC_PARAM`); the stock provider never does, and gets the plain step 2.
 */
export const COMPRESSED_SYNC_MESSAGE = 5;

/** What `withVarUintHeader` puts before a body of `bodyLength` bytes. */
export function varUintHeader(header: readonly number[], bodyLength: number): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const n of header) encoding.writeVarUint(encoder, n);
  encoding.writeVarUint(encoder, bodyLength);
  return encoding.toUint8Array(encoder);
}

/**
 * `body` behind a header of varuints (lib0's encoding, as y-websocket's messages use), in one
 * array made at its size: a whole board's update is copied once, where a growing encoder copies
 * it two or three times.
 */
export function withVarUintHeader(header: readonly number[], body: Uint8Array): Uint8Array {
  const head = varUintHeader(header, body.byteLength);
  const message = new Uint8Array(head.byteLength + body.byteLength);
  message.set(head);
  message.set(body, head.byteLength);
  return message;
}

/** The query parameter, and its value, by which a client accepts COMPRESSED_SYNC_MESSAGE. */
export const COMPRESSED_SYNC_PARAM = { name: 'compress', value: 'deflate-raw' } as const;

export const DEFAULT_MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/** Board ids and tokens: base64url of random bytes (16 for ids, 32 for tokens). */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export interface CreatedBoard {
  id: string;
  editToken: string;
  viewToken: string;
  /** Paths (with the token in the fragment) the client can turn into share links. */
  editPath: string;
  viewPath: string;
}

export type Role = 'edit' | 'view';

/** What a link lets its holder do with a board: what a page opening it needs before the board arrives. */
export interface BoardAccess {
  id: string;
  role: Role;
}

export interface BoardInfo {
  id: string;
  title: string;
  role: Role;
  /** The board's first goal (its outcome), '' when it has none: what tells same-named boards apart. */
  goal: string;
  agencies: number;
  /** ISO date the board was created (or imported). */
  createdAt: string;
}

/** The board page keeps the token in the URL fragment so that it never reaches server logs. */
export function boardPath(id: string, token: string): string {
  return `/b/${id}#${token}`;
}

/** A version's name: what people type to recognise it ("Before the 2026 review"). */
export const MAX_VERSION_NAME_LENGTH = 200;
/** A person's display name sent with a write, as presence allows. */
export const MAX_PERSON_NAME_LENGTH = 60;

/** One entry of GET /api/boards/<id>/versions, oldest first. */
export interface VersionSummary {
  id: string;
  name: string;
  createdAt: string;
  /** Made by the server (the first edit of a day, before a restore) rather than by a person. */
  auto: boolean;
  /** Who made it (the name they gave on the board); empty for automatic versions. */
  createdBy: string;
}

/** POST /api/boards/<id>/versions `{name, createdBy?}` answers 201 with this. */
export interface CreatedVersion {
  id: string;
  name: string;
  createdAt: string;
}

/** POST /api/boards/<id>/versions/<vid>/restore answers 200 with the version made of the board just before. */
export interface RestoredVersion {
  restored: string;
  before: CreatedVersion;
}

/** One change in GET /api/boards/<id>/history?entity=<id>, newest first. */
export interface FieldHistoryEntry {
  /** The field, or `added`/`removed` for the entity itself. */
  field: string;
  /** The new value as short text (a degree as its number). */
  value: string;
  /** The name the person gave on the board. */
  name: string;
  at: string;
}
