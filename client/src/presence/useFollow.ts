import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { leaderOf, type Peer } from '@partnermap/shared/presence';

/**
 * Following a colleague: this view centres where theirs is centred, at their zoom, as it changes.
 * Chosen by clicking their avatar, any pan or zoom of one's own (the canvas's onMoveStart with a
 * user event) stops it, as does the colleague leaving. A facilitator who brings everyone to their
 * view is followed by every page until they release, whatever one pans; "Stop following" leaves
 * that one lead (the next lead is followed again). A page that leads follows nobody.
 */
export function useFollow(peers: readonly Peer[], selfLeading = false) {
  const [followingId, setFollowingId] = useState<number>();
  const [declinedLead, setDeclinedLead] = useState<number>();
  const { setCenter } = useReactFlow();
  const leader = selfLeading ? undefined : leaderOf(peers);
  const brought = leader && leader.clientId !== declinedLead ? leader : undefined;
  const chosen = peers.find((p) => p.clientId === followingId);
  const followed = brought ?? chosen;
  const { x, y, zoom } = followed?.viewport ?? {};

  useEffect(() => {
    if (followingId !== undefined && !chosen) setFollowingId(undefined);
  }, [followingId, chosen]);

  // A released lead is forgotten, so that being brought again is followed again.
  useEffect(() => {
    if (declinedLead !== undefined && leader?.clientId !== declinedLead) setDeclinedLead(undefined);
  }, [declinedLead, leader]);

  useEffect(() => {
    if (x !== undefined && y !== undefined && zoom !== undefined) void setCenter(x, y, { zoom, duration: 120 });
  }, [x, y, zoom, setCenter]);

  const follow = useCallback((clientId: number | undefined) => setFollowingId(clientId), []);
  /** Stops following whoever is followed, a facilitator's lead included. */
  const stop = useCallback(() => {
    if (brought) setDeclinedLead(brought.clientId);
    setFollowingId(undefined);
  }, [brought]);
  /** For the canvas's onMoveStart: a move with an event is the person's own. */
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) setFollowingId(undefined);
  }, []);
  return { followed, brought: brought !== undefined, follow, stop, onMoveStart };
}
