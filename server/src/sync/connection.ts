import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { WebSocket } from 'ws';
import { checkUpdate } from '@partnermap/shared/doc';
import { CloseReason, type CloseCodeValue, type Role } from '@partnermap/shared/protocol';
import type { Logger } from '../log.ts';
import { MessageType } from './messages.ts';
import type { Room } from './room.ts';

/** A message that breaks the protocol: it costs the connection that sent it, nothing else. */
export class BadMessageError extends Error {}

/** One client's WebSocket on one board. */
export class Connection {
  /** Awareness client ids this connection speaks for, removed when it goes. */
  readonly awarenessClients = new Set<number>();
  alive = true;
  private toldReadOnly = false;

  constructor(
    readonly ws: WebSocket,
    readonly boardId: string,
    readonly role: Role,
    readonly log: Logger,
  ) {}

  send(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(message, (err) => {
      if (err) this.ws.terminate();
    });
  }

  close(code: CloseCodeValue): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) {
      this.ws.close(code, CloseReason[code]);
    }
  }

  /** Greets a newly joined client: our state vector, then who else is here. */
  greet(room: Room): void {
    const sync = encoding.createEncoder();
    encoding.writeVarUint(sync, MessageType.Sync);
    syncProtocol.writeSyncStep1(sync, room.doc);
    this.send(encoding.toUint8Array(sync));
    const states = room.awareness.getStates();
    if (states.size > 0) this.send(awarenessMessage(room.awareness, [...states.keys()]));
  }

  /** Handles one frame. Throws BadMessageError for anything malformed. */
  handle(room: Room, data: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MessageType.Sync:
          this.handleSync(room, decoder);
          break;
        case MessageType.Awareness:
          awarenessProtocol.applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), this);
          break;
        case MessageType.SavedQuery: {
          const query = decoding.readVarUint(decoder);
          void room.settled().then(() => this.send(savedAnswer(query)));
          break;
        }
        case MessageType.QueryAwareness:
          this.send(awarenessMessage(room.awareness, [...room.awareness.getStates().keys()]));
          break;
        default:
          throw new BadMessageError(`unknown message type ${type}`);
      }
    } catch (err) {
      throw err instanceof BadMessageError ? err : new BadMessageError((err as Error).message);
    }
  }

  private handleSync(room: Room, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MessageType.Sync);
        syncProtocol.readSyncStep1(decoder, reply, room.doc);
        this.send(encoding.toUint8Array(reply));
        break;
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        if (checkUpdate(update).empty) break;
        if (this.role === 'view') this.refuseEdit();
        else room.receiveUpdate(update, this);
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
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, MessageType.Auth);
    authProtocol.writePermissionDenied(message, 'This link is view-only: edits are not saved');
    this.send(encoding.toUint8Array(message));
  }
}

function savedAnswer(query: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SavedQuery);
  encoding.writeVarUint(encoder, query);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

