import type { Peer } from '@partnermap/shared/presence';

interface Props {
  peers: readonly Peer[];
  leading: boolean;
  onLead: (on: boolean) => void;
}

/**
 * For a facilitator: makes every page on the board follow this view until released. Shown to
 * editors while colleagues are here and nobody else is leading.
 */
export function BringEveryone({ peers, leading, onLead }: Props) {
  const otherLeader = peers.some((p) => p.leading === true && p.role === 'edit');
  if (!leading && (peers.length === 0 || otherLeader)) return null;
  return (
    <button
      type="button"
      className={`button${leading ? ' button--primary' : ''}`}
      title={leading ? 'Let everyone move around the map on their own again' : 'Everyone on the board follows your view until you release them'}
      onClick={() => onLead(!leading)}
    >
      {leading ? 'Release everyone' : 'Bring everyone here'}
    </button>
  );
}
