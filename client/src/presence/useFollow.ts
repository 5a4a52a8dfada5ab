import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { Peer } from '@partnermap/shared/presence';

/**
 * Following a colleague: this view centres where theirs is centred, at their zoom, as it changes. Any pan or zoom of one's own
 * (the canvas's onMoveStart with a user event) stops it, as does the colleague leaving.
 */
export function useFollow(peers: readonly Peer[]) {
  const [followingId, setFollowingId] = useState<number>();
  const { setCenter } = useReactFlow();
  const followed = peers.find((p) => p.clientId === followingId);
  const { x, y, zoom } = followed?.viewport ?? {};

  useEffect(() => {
    if (followingId !== undefined && !followed) setFollowingId(undefined);
  }, [followingId, followed]);

  useEffect(() => {
    if (x !== undefined && y !== undefined && zoom !== undefined) void setCenter(x, y, { zoom, duration: 120 });
  }, [x, y, zoom, setCenter]);

  const follow = useCallback((clientId: number | undefined) => setFollowingId(clientId), []);
  /** For the canvas's onMoveStart: a move with an event is the person's own. */
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) setFollowingId(undefined);
  }, []);
  return { followed, follow, onMoveStart };
}
