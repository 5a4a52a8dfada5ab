import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { BOARD_ID_PATTERN, CloseCode, COMPRESSED_SYNC_PARAM, type Role } from '@partnermap/shared/protocol';
import { hashToken, roleFor, tokenFromRequest } from '../auth/tokens.ts';
import type { Logger } from '../log.ts';
import type { BoardStore } from '../storage/store.ts';
import { BadMessageError, Connection } from './connection.ts';
import type { Room } from './room.ts';
import type { Rooms } from './rooms.ts';
import { syncStep1StateVector, type StoredState } from './storedState.ts';

export interface SyncOptions {
  store: BoardStore;
  rooms: Rooms;
  log: Logger;
  maxMessageBytes: number;
  maxConnectionsPerBoard: number;
  /** Connections the whole process holds, counting those being set up. */
  maxConnections: number;
  maxBufferedBytes: number;
  pingIntervalMs: number;
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * WebSocket endpoint `/ws/<boardId>?token=…`. Access is checked before the upgrade, so a
 * refused client never gets a socket.
 */
export function createSyncServer(options: SyncOptions) {
  const { store, rooms, log } = options;
  // No compression (ws's default, said here): Connection.sendFrames writes frames past ws.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  const connections = new Set<Connection>();
  /** The hash of the token each connection was let in with, to check it again later. */
  const admittedWith = new WeakMap<Connection, string>();
  let upgrading = 0;

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (connections.size + upgrading >= options.maxConnections) {
      log.warn({ connections: connections.size }, 'refused a connection: the server is at its connection limit');
      return refuse(socket, 503, 'Service Unavailable');
    }
    upgrading++;
    try {
      await checkAndUpgrade(req, socket, head);
    } finally {
      upgrading--;
    }
  }

  async function checkAndUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (!URL.canParse(req.url ?? '/', 'http://localhost')) return refuse(socket, 400, 'Bad Request');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/ws\/([^/]+)$/.exec(url.pathname);
    const boardId = match?.[1];
    if (!boardId || !BOARD_ID_PATTERN.test(boardId)) return refuse(socket, 404, 'Not Found');
    const board = await store.getBoard(boardId);
    if (!board) return refuse(socket, 404, 'Not Found');
    const token = tokenFromRequest(req.headers, url);
    const role = roleFor(board, token);
    if (!role || !token) return refuse(socket, 401, 'Unauthorized');
    if (rooms.connectionCount(boardId) >= options.maxConnectionsPerBoard) {
      return refuse(socket, 503, 'Service Unavailable');
    }
    const compressedSync = url.searchParams.get(COMPRESSED_SYNC_PARAM.name) === COMPRESSED_SYNC_PARAM.value;
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, boardId, role, hashToken(token), compressedSync));
  }

  /** Closes those of a board's connections whose link no longer lets them in (replaced, or the board deleted). */
  async function closeLockedOut(boardId: string, conns: readonly Connection[]): Promise<void> {
    const board = await store.getBoard(boardId);
    for (const conn of conns) {
      const admitted = admittedWith.get(conn);
      if (!board) conn.close(CloseCode.BoardGone);
      else if (admitted !== (conn.role === 'edit' ? board.editTokenHash : board.viewTokenHash)) conn.close(CloseCode.LinkReplaced);
    }
  }

  /**
   * Checks a new connection's link once more: one replaced (or its board deleted) between the check
   * at the upgrade and now was announced before the connection was anywhere to hear it. Resolves
   * whether it is still open; it is closed if not. A failed read lets it in, as the upgrade did.
   */
  async function stillLetIn(conn: Connection): Promise<boolean> {
    try {
      await closeLockedOut(conn.boardId, [conn]);
    } catch (err) {
      log.error({ err, board: conn.boardId }, "could not check a new connection's link again");
    }
    return conn.ws.readyState === conn.ws.OPEN;
  }

  function accept(ws: WebSocket, boardId: string, role: Role, tokenHash: string, compressedSync: boolean): void {
    const conn = new Connection(ws, boardId, role, log, options.maxBufferedBytes, compressedSync);
    connections.add(conn);
    admittedWith.set(conn, tokenHash);
    // Frames that arrive while the board loads wait for it, in order; only a sync step 1 is
    // answered at once, from the stored bytes, once they are read.
    const early: Uint8Array[] = [];
    let room: Room | undefined;
    let closed = false;
    let stored: StoredState | undefined;
    let answeredEarly = false;
    let stopWaiting: (() => void) | undefined;

    const answerEarly = (data: Uint8Array): boolean => {
      // One early answer per connection: a further step 1 waits for the doc like any frame.
      if (answeredEarly) return false;
      const stateVector = stored && syncStep1StateVector(data);
      if (!stored || !stateVector) return false;
      let answer;
      try {
        answer = stored.syncStep2(stateVector, conn.acceptsCompressedSync);
      } catch {
        // A malformed state vector: the connection's own handling refuses it once the doc is there.
        return false;
      }
      if (!answer) return false;
      answeredEarly = true;
      // The board waits to be built until this is written out: the build holds the event loop,
      // and the rest of a big board's bytes would wait behind it.
      for (const [i, frame] of answer.entries()) conn.send(frame, i === answer.length - 1 ? () => stopWaiting?.() : undefined);
      return true;
    };
    const onStored = (state: StoredState) => {
      if (closed || room) return;
      stored = state;
      stopWaiting = state.expect();
      for (const data of early.splice(0)) {
        if (!answerEarly(data)) early.push(data);
      }
    };

    const handleFrame = (data: Uint8Array) => {
      if (!room) {
        if (!answerEarly(data)) early.push(data);
        return;
      }
      try {
        conn.handle(room, data);
      } catch (err) {
        const reason = err instanceof BadMessageError ? err.message : String(err);
        log.warn({ board: boardId, reason }, 'closing a connection that sent a malformed message');
        conn.close(CloseCode.BadMessage);
      }
    };

    ws.on('message', (data, isBinary) => {
      if (!isBinary) {
        log.warn({ board: boardId }, 'closing a connection that sent a text frame');
        return conn.close(CloseCode.BadMessage);
      }
      handleFrame(toBytes(data));
    });
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('error', (err) => log.warn({ board: boardId, err: err.message }, 'connection error'));
    ws.on('close', () => {
      closed = true;
      stopWaiting?.();
      connections.delete(conn);
      if (room) rooms.leave(room, conn);
    });

    // Nothing of the board is sent, and none of its frames handled, before this says it is still let in.
    const letIn = stillLetIn(conn);
    const onStoredIfLetIn = (state: StoredState) => {
      // The board's build waits for this check as it waits for the answer.
      const checked = state.expect();
      void letIn.then((open) => {
        if (open) onStored(state);
        checked();
      });
    };
    rooms.join(conn, { onStored: onStoredIfLetIn, answered: () => answeredEarly }).then(
      async (joined) => {
        stopWaiting?.();
        stored = undefined;
        // Closed, or refused for having been sent stored bytes the doc lacks: its frames are dropped.
        if (closed || !joined.connections.has(conn)) return rooms.leave(joined, conn);
        // Checked again now that it is in the room: a replacement announced by another instance
        // while it joined reached only the room's connections.
        if (!(await letIn) || !(await stillLetIn(conn)) || closed) return rooms.leave(joined, conn);
        room = joined;
        for (const data of early.splice(0)) handleFrame(data);
      },
      (err: unknown) => {
        stopWaiting?.();
        stored = undefined;
        log.error({ board: boardId, err: (err as Error).message }, 'board could not be loaded');
        conn.close(CloseCode.LoadFailed);
      },
    );
  }

  // Dead peers (no pong since the last ping) are dropped.
  const pinger = setInterval(() => {
    for (const conn of connections) {
      if (!conn.alive) {
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      conn.ws.ping();
    }
  }, options.pingIntervalMs);
  pinger.unref();

  return {
    /**
     * Closes a board's connections whose link no longer lets them in: it was replaced or the
     * board deleted on another instance while this one could not hear about it.
     */
    recheckAccess(boardId: string): Promise<void> {
      return closeLockedOut(boardId, [...connections].filter((conn) => conn.boardId === boardId));
    },
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      // Node leaves an upgrading socket without an error listener: a reset while refusing would end the process.
      socket.on('error', (err) => log.debug({ err: err.message }, 'upgrade socket error'));
      handleUpgrade(req, socket, head).catch((err: unknown) => {
        log.error({ err }, 'upgrade failed');
        refuse(socket, 500, 'Internal Server Error');
      });
    },
    /**
     * Tells every client the server is going away and waits (up to `graceMs`) for each close
     * handshake: a client's close frame follows everything it sent, so no frame is left unread.
     */
    async close(graceMs = 3000): Promise<void> {
      clearInterval(pinger);
      const closing = [...connections].map(
        (conn) => new Promise<void>((resolve) => {
          if (conn.ws.readyState === conn.ws.CLOSED) return resolve();
          conn.ws.once('close', () => resolve());
          conn.close(CloseCode.GoingAway);
        }),
      );
      const timer = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([Promise.all(closing), timer]);
      for (const conn of connections) conn.ws.terminate();
      wss.close();
    },
  };
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
