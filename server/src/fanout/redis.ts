import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { CloseCode, type CloseCodeValue } from '@partnermap/shared/protocol';
import type { Logger } from '../log.ts';
import type { BoardChannel, Fanout, FanoutHealth } from './fanout.ts';
import { closeCodeOf, closePayload, decodeMessage, encodeMessage, Kind, type KindValue } from './message.ts';

const PREFIX = 'partnermap:board:';

/** Only these travel between instances: other close codes are about one instance's own state. */
const REMOTE_CLOSE_CODES: readonly number[] = [CloseCode.LinkReplaced, CloseCode.BoardGone];

export interface RedisFanoutOptions {
  /** Called with how long each message took from its publisher to here (ms, by the two clocks). */
  observeLag?: (ms: number) => void;
}

/**
 * Redis pub/sub, one channel per board, subscribed while the board is loaded here. Redis keeps
 * nothing for a subscriber that is away, so whenever we may have missed messages (a new
 * subscription, our subscriber reconnected) the board resyncs from storage; when our publisher
 * reconnects, the others are asked to resync the boards whose messages it had to drop.
 */
export class RedisFanout implements Fanout {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly id = randomBytes(16);
  private readonly channels = new Map<string, Set<BoardChannel>>();
  /** Boards whose messages could not be published: the others are asked to resync them. */
  private readonly dropped = new Set<string>();
  private subWasDown = false;
  private closing = false;

  constructor(
    url: string,
    private readonly log: Logger,
    private readonly options: RedisFanoutOptions = {},
  ) {
    // A publish while Redis is away fails at once rather than queueing without bound; the
    // others resync when we are back.
    this.pub = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.sub = new Redis(url, { autoResubscribe: true });
    this.watch(this.pub, 'publisher', () => {
      const boards = [...this.dropped];
      this.dropped.clear();
      for (const boardId of boards) this.send(boardId, Kind.Resync);
    });
    this.watch(this.sub, 'subscriber', () => {
      if (!this.subWasDown) return;
      this.subWasDown = false;
      for (const boardId of this.channels.keys()) this.subscribeThenResync(boardId);
    }, () => (this.subWasDown = true));
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
  }

  publish(boardId: string, update: Uint8Array): void {
    this.send(boardId, Kind.Update, update);
  }

  publishPresence(boardId: string, update: Uint8Array): void {
    this.send(boardId, Kind.Presence, update);
  }

  requestPresence(boardId: string): void {
    this.send(boardId, Kind.PresenceWanted);
  }

  publishClose(boardId: string, code: CloseCodeValue): void {
    this.send(boardId, Kind.Close, closePayload(code));
  }

  subscribe(boardId: string, channel: BoardChannel): () => void {
    let set = this.channels.get(boardId);
    if (!set) {
      set = new Set();
      this.channels.set(boardId, set);
    }
    set.add(channel);
    this.subscribeThenResync(boardId, channel);
    return () => {
      const current = this.channels.get(boardId);
      if (!current?.delete(channel) || current.size > 0) return;
      this.channels.delete(boardId);
      this.sub.unsubscribe(PREFIX + boardId).catch(() => {
        // Gone with the connection anyway; autoResubscribe only renews what is still subscribed.
      });
    };
  }

  health(): FanoutHealth {
    return this.pub.status === 'ready' && this.sub.status === 'ready' ? 'ok' : 'down';
  }

  async close(): Promise<void> {
    this.closing = true;
    this.channels.clear();
    this.pub.disconnect();
    this.sub.disconnect();
  }

  /**
   * Whatever was published before the subscription took effect (since the board was read, or
   * while Redis was away) is in storage: once Redis confirms the subscription, catch up from it.
   * Confirmed by our own SUBSCRIBE, which Redis answers after any automatic resubscription.
   */
  private subscribeThenResync(boardId: string, only?: BoardChannel): void {
    this.sub.subscribe(PREFIX + boardId).then(
      () => {
        for (const channel of this.channels.get(boardId) ?? []) if (!only || channel === only) channel.resync();
      },
      (err: unknown) => this.log.warn({ board: boardId, err: (err as Error).message }, 'could not subscribe to a board on Redis; it resyncs when Redis is back'),
    );
  }

  private send(boardId: string, kind: KindValue, payload?: Uint8Array): void {
    if (this.pub.status !== 'ready') return void this.dropped.add(boardId);
    this.pub.publish(PREFIX + boardId, encodeMessage(kind, this.id, payload)).catch((err: unknown) => {
      this.dropped.add(boardId);
      this.log.debug({ board: boardId, err: (err as Error).message }, 'a message to the other instances was dropped');
    });
  }

  private receive(name: string, raw: Buffer): void {
    if (!name.startsWith(PREFIX)) return;
    const boardId = name.slice(PREFIX.length);
    const message = decodeMessage(raw);
    if (!message) return void this.log.warn({ board: boardId }, 'ignored a malformed message from Redis');
    if (message.sender.equals(this.id)) return;
    this.options.observeLag?.(Date.now() - message.sentAt);
    for (const channel of this.channels.get(boardId) ?? []) {
      switch (message.kind) {
        case Kind.Update:
          channel.update(new Uint8Array(message.payload));
          break;
        case Kind.Presence:
          channel.presence(new Uint8Array(message.payload));
          break;
        case Kind.PresenceWanted:
          channel.presenceWanted();
          break;
        case Kind.Close: {
          const code = closeCodeOf(message.payload);
          if (code !== undefined && REMOTE_CLOSE_CODES.includes(code)) channel.close(code as CloseCodeValue);
          break;
        }
        case Kind.Resync:
          channel.resync();
          break;
      }
    }
  }

  /** Logs the link going down once (not every retry) and calls back when it is ready again. */
  private watch(client: Redis, role: string, onReady: () => void, onDown: () => void = () => {}): void {
    let down = false;
    client.on('ready', () => {
      if (down) this.log.info({ role }, 'Redis is back');
      down = false;
      onReady();
    });
    const lost = (err?: Error) => {
      onDown();
      if (down || this.closing) return;
      down = true;
      this.log.warn({ role, err: err?.message }, 'lost Redis; retrying, and boards resync from storage when it is back');
    };
    client.on('error', lost);
    client.on('close', () => lost());
  }
}
