import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { checkUpdate } from '@partnermap/shared/doc';
import { CloseReason, type CloseCodeValue, type Role } from '@partnermap/shared/protocol';
import type { Logger } from '../log.ts';
import { MessageType, permissionDeniedMessage, savedAnswer } from './messages.ts';

/**
 * What a connection needs of its board's room. Declared here so that only room.ts knows both
 * sides (a Room is one), and no module of the sync folder imports another in a circle.
 */
export interface ConnectionRoom {
  readonly encoded: { syncStep1(): Uint8Array; syncStep2(clientStateVector: Uint8Array, compressed: boolean): Uint8Array };
  readonly presence: { receive(conn: Connection, message: Uint8Array): void; fullMessage(): Uint8Array | undefined };
  receiveUpdate(update: Uint8Array, from: Connection): void;
  /** Resolves once everything queued so far is handled: true if it is all stored. */
  whenStored(): Promise<boolean>;
}

/** A message that breaks the protocol: it costs the connection that sent it, nothing else. */
export class BadMessageError extends Error {}

/** One client's WebSocket on one board. */
export class Connection {
  alive = true;
  private toldReadOnly = false;

  constructor(
    readonly ws: WebSocket,
    readonly boardId: string,
    readonly role: Role,
    readonly log: Logger,
    /** Past this much unsent data the client is not keeping up, and is dropped. */
    private readonly maxBufferedBytes: number,
    /** The client asked for big sync step 2s compressed (COMPRESSED_SYNC_MESSAGE). */
    readonly acceptsCompressedSync = false,
  ) {}

  /** `done` runs once the message is written out, or once it will not be (the connection is gone or dropped). */
  send(message: Uint8Array, done?: () => void): void {
    if (!this.writable()) {
      done?.();
      return;
    }
    // A failed write needs nothing of ours: ws destroys the socket on its error.
    this.ws.send(message, done);
  }

  /**
   * Writes whole WebSocket frames built once for all of a board's connections (FramedBatch)
   * straight to the socket, after what ws has written there: ws would frame each message again.
   * ws queues its own frames only while compressing or reading a Blob, and the server does
   * neither (no permessage-deflate; it sends only byte arrays). Several frames go in one write.
   */
  sendFrames(frames: readonly Uint8Array[]): void {
    const socket = this.socket();
    if (!socket || !this.writable()) return;
    const joined = frames.length > 1;
    if (joined) socket.cork();
    for (const frame of frames) socket.write(frame);
    if (joined) socket.uncork();
  }

  /** Whether the connection is open and keeping up; one that is not is dropped here. */
  private writable(): boolean {
    if (this.ws.readyState !== this.ws.OPEN) return false;
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      // A close frame would queue behind the backlog; terminating frees it now. The client reconnects.
      this.log.warn({ board: this.boardId, buffered: this.ws.bufferedAmount }, 'dropped a connection that is not reading what it is sent');
      this.ws.terminate();
      return false;
    }
    return true;
  }

  private socket(): Socket | undefined {
    return (this.ws as unknown as { _socket?: Socket | null })._socket ?? undefined;
  }

  close(code: CloseCodeValue): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) {
      this.ws.close(code, CloseReason[code]);
    }
  }

  /** Greets a newly joined client: our state vector, then who else is here. */
  greet(room: ConnectionRoom): void {
    this.send(room.encoded.syncStep1());
    const presence = room.presence.fullMessage();
    if (presence) this.send(presence);
  }

  /** Handles one frame. Throws BadMessageError for anything malformed. */
  handle(room: ConnectionRoom, data: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MessageType.Sync:
          this.handleSync(room, decoder);
          break;
        case MessageType.Awareness:
          room.presence.receive(this, decoding.readVarUint8Array(decoder));
          break;
        case MessageType.SavedQuery: {
          const query = decoding.readVarUint(decoder);
          // A viewer whose edits were dropped is never told they are saved.
          if (this.toldReadOnly) break;
          void room.whenStored().then((stored) => {
            if (stored) this.send(savedAnswer(query));
          });
          break;
        }
        case MessageType.QueryAwareness: {
          const presence = room.presence.fullMessage();
          if (presence) this.send(presence);
          break;
        }
        default:
          throw new BadMessageError(`unknown message type ${type}`);
      }
    } catch (err) {
      throw err instanceof BadMessageError ? err : new BadMessageError((err as Error).message);
    }
  }

  private handleSync(room: ConnectionRoom, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1:
        this.send(room.encoded.syncStep2(decoding.readVarUint8Array(decoder), this.acceptsCompressedSync));
        break;
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        // The room checks an edit's shape in order with this connection's other updates.
        if (this.role === 'edit') room.receiveUpdate(update, this);
        else if (!checkUpdate(update).empty) this.refuseEdit();
        break;
      }
      default:
        throw new BadMessageError(`unknown sync message type ${syncType}`);
    }
  }

  /** A viewer's edits are dropped unapplied and unforwarded; it is told once. */
  private refuseEdit(): void {
    if (this.toldReadOnly) return;
    this.toldReadOnly = true;
    this.log.info({ board: this.boardId }, 'dropped edits from a view-only connection');
    this.send(permissionDeniedMessage('This link is view-only: edits are not saved'));
  }
}
