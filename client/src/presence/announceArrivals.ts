import { useEffect, useRef } from 'react';
import type { Peer } from '@partnermap/shared/presence';
import { announce } from '../common/announce.ts';

/** Who joined and who left between two readings of the people on the board (by their connection). */
export function arrivals(before: readonly Peer[], now: readonly Peer[]): { joined: string[]; left: string[] } {
  const was = new Set(before.map((p) => p.clientId));
  const is = new Set(now.map((p) => p.clientId));
  return {
    joined: now.filter((p) => !was.has(p.clientId)).map((p) => p.name),
    left: before.filter((p) => !is.has(p.clientId)).map((p) => p.name),
  };
}

/** Those already on the board when it opens arrive in its first moments: they did not just join. */
const SETTLING_MS = 2500;

/** Announces politely when a colleague joins or leaves the board. */
export function useAnnounceArrivals(peers: readonly Peer[]): void {
  const seen = useRef<readonly Peer[]>([]);
  const openedAt = useRef<number>(undefined);
  useEffect(() => {
    openedAt.current ??= Date.now();
    const { joined, left } = arrivals(seen.current, peers);
    seen.current = peers;
    if (Date.now() - openedAt.current < SETTLING_MS) return;
    const said = [...joined.map((n) => `${n} joined the board.`), ...left.map((n) => `${n} left the board.`)];
    if (said.length > 0) announce(said.join(' '));
  }, [peers]);
}
