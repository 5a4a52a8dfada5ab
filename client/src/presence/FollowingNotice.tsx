import { Panel } from '@xyflow/react';
import type { Peer } from '@partnermap/shared/presence';

interface Props {
  followed: Peer | undefined;
  /** True when the colleague brought everyone to their view (rather than being chosen here). */
  brought: boolean;
  onStop: () => void;
}

/** Over the map while this view follows a colleague's: whom, and the way to stop. */
export function FollowingNotice({ followed, brought, onStop }: Props) {
  if (!followed) return null;
  return (
    <Panel
      position="bottom-center"
      className="following"
      style={{ borderColor: followed.colour }}
      data-testid="following"
      data-brought={brought}
    >
      <span role="status">
        {brought
          ? `Following ${followed.name}, who brought everyone to their view.`
          : `Following ${followed.name}. Pan or zoom to stop.`}
      </span>
      <button type="button" className="button" onClick={onStop}>
        Stop following
      </button>
    </Panel>
  );
}
