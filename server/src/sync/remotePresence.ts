import * as awarenessProtocol from 'y-protocols/awareness';
import type { Fanout } from '../fanout/fanout.ts';
import type { Logger } from '../log.ts';

/** Origin of presence that other instances' connections set. */
const REMOTE_ORIGIN = { name: 'remote presence' } as const;

export interface PresenceBridge {
  /** Applies presence from another instance (already policed there). */
  receive(update: Uint8Array): void;
  /** Sends every state this instance's connections hold, for an instance that just loaded the board. */
  sendAll(): void;
  /**
   * True when a local connection sends a state that came from another instance and is no newer
   * (clients relay every state they hear): it must not become that connection's to set. A page
   * that moved here from another instance claims its id back with its next renewal's higher clock.
   */
  isEcho(clientId: number, clock: number): boolean;
  stop(): void;
}

/**
 * Carries a board's presence between instances: changes made by this instance's connections
 * (including the protocol's renewals, which keep the states alive elsewhere) are published;
 * the others' arrive through the same awareness, so the presence relay sends them on locally.
 */
export function bridgePresence(boardId: string, awareness: awarenessProtocol.Awareness, fanout: Fanout, log: Logger): PresenceBridge {
  const local = new Set<number>();
  const remote = new Set<number>();
  const onUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const [mine, theirs] = origin === REMOTE_ORIGIN ? [remote, local] : [local, remote];
    for (const id of [...change.added, ...change.updated]) {
      mine.add(id);
      theirs.delete(id);
    }
    for (const id of change.removed) {
      local.delete(id);
      remote.delete(id);
    }
    // A state that timed out here times out on every instance by itself.
    if (origin === REMOTE_ORIGIN || origin === 'timeout') return;
    const ids = [...change.added, ...change.updated, ...change.removed];
    if (ids.length > 0) fanout.publishPresence(boardId, awarenessProtocol.encodeAwarenessUpdate(awareness, ids));
  };
  awareness.on('update', onUpdate);
  return {
    receive(update) {
      try {
        awarenessProtocol.applyAwarenessUpdate(awareness, update, REMOTE_ORIGIN);
      } catch (err) {
        log.warn({ board: boardId, reason: (err as Error).message }, 'ignored malformed presence from another instance');
      }
    },
    sendAll() {
      const ids = [...local].filter((id) => awareness.getStates().has(id));
      if (ids.length > 0) fanout.publishPresence(boardId, awarenessProtocol.encodeAwarenessUpdate(awareness, ids));
    },
    isEcho(clientId, clock) {
      return remote.has(clientId) && clock <= (awareness.meta.get(clientId)?.clock ?? 0);
    },
    stop() {
      awareness.off('update', onUpdate);
    },
  };
}
