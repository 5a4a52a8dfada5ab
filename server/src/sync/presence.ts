import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { BoardDoc } from '@partnermap/shared/doc';
import { yDocForSync } from '@partnermap/shared/doc/transport';
import { PresenceSchema } from '@partnermap/shared/presence';
import { MAX_PRESENCE_CLIENTS_PER_CONNECTION, MAX_PRESENCE_STATE_BYTES } from '@partnermap/shared/protocol';
import { claimsToLead } from '@partnermap/shared/presence';
import type { Logger } from '../log.ts';
import { BadMessageError, type Connection } from './connection.ts';
import { awarenessMessage } from './messages.ts';

/** Changes are gathered for this long, then each recipient gets one frame with every change. */
const BATCH_MS = 50;
/**
 * Renewals (a page re-sending an unchanged state, every 15 s, so that others do not time it out
 * after 30 s) are gathered for this long: an idle board costs each recipient one frame per
 * window, not one per person. 15 s of renewal period plus this delay stays inside the 30 s.
 */
export const RENEWAL_BATCH_MS = 5000;

interface Entry {
  clientId: number;
  clock: number;
  json: string;
}

/**
 * A board's presence (y-protocols awareness), policed: a connection speaks only for the client
 * ids it introduced (a few at most) and cannot overwrite anyone else's; a state over the size
 * limit is dropped. Relays are batched per board and never echoed to the sender.
 */
export class Presence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, Connection>();
  private readonly owned = new Map<Connection, Set<number>>();
  private readonly changed = new Set<number>();
  private readonly renewed = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private renewalTimer: NodeJS.Timeout | undefined;
  private destroyed = false;

  constructor(
    doc: BoardDoc,
    private readonly recipients: () => Iterable<Connection>,
    private readonly log: Logger,
    /** True for a state another instance's connection set, sent back by a client that relays what it hears. */
    private readonly isEcho: (clientId: number, clock: number) => boolean = () => false,
  ) {
    this.awareness = new awarenessProtocol.Awareness(yDocForSync(doc));
    this.awareness.setLocalState(null);
    this.awareness.on('change', this.onChange);
    this.awareness.on('update', this.onUpdate);
  }

  /** Applies the entries of a client's awareness message that are its own to set. */
  receive(conn: Connection, message: Uint8Array): void {
    const kept: Entry[] = [];
    for (const entry of decodeEntries(message)) {
      const owner = this.owners.get(entry.clientId);
      if ((owner && owner !== conn) || (!owner && this.isEcho(entry.clientId, entry.clock))) {
        // Also what a reconnecting page sees until its old connection is dropped: not an attack.
        this.log.debug({ board: conn.boardId, clientId: entry.clientId }, 'dropped presence for a client id another connection holds');
        continue;
      }
      if (Buffer.byteLength(entry.json) > MAX_PRESENCE_STATE_BYTES) {
        this.log.warn({ board: conn.boardId, bytes: Buffer.byteLength(entry.json) }, 'dropped a presence state over the size limit');
        continue;
      }
      if (conn.role === 'view' && claimsToLead(entry.json)) {
        // Only the board's editors may bring everyone to their view.
        this.log.debug({ board: conn.boardId, clientId: entry.clientId }, 'dropped a view link asking everyone to follow it');
        continue;
      }
      if (!owner) this.claim(conn, entry.clientId);
      kept.push(entry);
    }
    if (kept.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeEntries(kept), conn);
  }

  /** Every known state, for a newcomer or a client that asks. */
  fullMessage(): Uint8Array | undefined {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? awarenessMessage(this.awareness, ids) : undefined;
  }

  /** The name a connection's person gave on the board (their presence), or '' if they have given none. */
  nameOf(conn: Connection): string {
    for (const id of this.owned.get(conn) ?? []) {
      const name = (this.awareness.getStates().get(id) as { name?: unknown } | undefined)?.name;
      // Checked for every edit: a page with no name set must not cost zod building its error.
      if (typeof name !== 'string') continue;
      const state = PresenceSchema.shape.name.safeParse(name);
      if (state.success) return state.data;
    }
    return '';
  }

  /** A connection left: its states go, and everyone else is told in the next batch. */
  remove(conn: Connection): void {
    const ids = this.owned.get(conn);
    this.owned.delete(conn);
    if (!ids || this.destroyed) return;
    for (const id of ids) this.owners.delete(id);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    clearTimeout(this.renewalTimer);
    this.awareness.off('change', this.onChange);
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private claim(conn: Connection, clientId: number): void {
    const ids = this.owned.get(conn) ?? new Set<number>();
    if (ids.size >= MAX_PRESENCE_CLIENTS_PER_CONNECTION) {
      throw new BadMessageError(`presence for more than ${MAX_PRESENCE_CLIENTS_PER_CONNECTION} client ids`);
    }
    ids.add(clientId);
    this.owned.set(conn, ids);
    this.owners.set(clientId, conn);
  }

  /** Awareness emits 'change' (a state differs) before 'update' (every applied entry). */
  private readonly onChange = (change: AwarenessChange): void => {
    for (const id of [...change.added, ...change.updated, ...change.removed]) {
      this.changed.add(id);
      this.renewed.delete(id);
    }
    this.timer ??= setTimeout(this.flush, BATCH_MS);
  };

  private readonly onUpdate = (change: AwarenessChange): void => {
    for (const id of change.updated) if (!this.changed.has(id)) this.renewed.add(id);
    if (this.renewed.size > 0) this.renewalTimer ??= setTimeout(this.flushRenewals, RENEWAL_BATCH_MS);
  };

  /** Changes go to everyone but their sender. */
  private readonly flush = (): void => {
    this.timer = undefined;
    const ids = [...this.changed];
    this.changed.clear();
    // Encoded once for all who sent none of these changes; senders get theirs left out.
    let forAll: Uint8Array | undefined;
    for (const conn of this.recipients()) {
      const others = ids.filter((id) => this.owners.get(id) !== conn);
      if (others.length === ids.length) conn.send((forAll ??= awarenessMessage(this.awareness, ids)));
      else if (others.length > 0) conn.send(awarenessMessage(this.awareness, others));
    }
  };

  /**
   * Renewals go to everyone, their senders included: one frame encoded once, and a page alone on
   * a board still hears from the server within 30 s (the stock provider reconnects otherwise).
   */
  private readonly flushRenewals = (): void => {
    this.renewalTimer = undefined;
    const ids = [...this.renewed].filter((id) => this.awareness.getStates().has(id));
    this.renewed.clear();
    if (ids.length === 0) return;
    const message = awarenessMessage(this.awareness, ids);
    for (const conn of this.recipients()) conn.send(message);
  };
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

function decodeEntries(message: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(message);
  const count = decoding.readVarUint(decoder);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({
      clientId: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      json: decoding.readVarString(decoder),
    });
  }
  return entries;
}

function encodeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.json);
  }
  return encoding.toUint8Array(encoder);
}
