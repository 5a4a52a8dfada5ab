import { useViewport } from '@xyflow/react';
import type { Peer } from '@partnermap/shared/presence';
import { PeerSelections } from './PeerSelections.tsx';
import { readableTextOn } from '../common/contrast.ts';

/**
 * Colleagues' pointers and selections, drawn in flow coordinates so that they point at
 * the same place whatever each person's pan and zoom. Labels keep their size at any zoom.
 * A layer of its own that mirrors the viewport: React Flow's portal is kept under the nodes
 * (for partnership outlines), and cursors must be above them.
 */
export function PresenceLayer({ peers }: { peers: readonly Peer[] }) {
  const { x, y, zoom } = useViewport();
  return (
    <div className="peer-layer" aria-hidden>
      <div className="peer-layer__viewport" style={{ transform: `translate(${x}px, ${y}px) scale(${zoom})` }}>
        {/* It follows every node move: mounted only while someone has something selected. */}
        {peers.some((p) => p.selection.length > 0) && <PeerSelections peers={peers} zoom={zoom} />}
        {peers.map((p) =>
          p.cursor ? (
            <div
              key={p.clientId}
              className="peer-cursor"
              data-testid="peer-cursor"
              data-name={p.name}
              data-x={Math.round(p.cursor.x)}
              data-y={Math.round(p.cursor.y)}
              style={{ transform: `translate(${p.cursor.x}px, ${p.cursor.y}px) scale(${1 / zoom})` }}
            >
              <svg width="18" height="20" viewBox="0 0 18 20" aria-hidden>
                <path d="M1 1l15 7.5-6.5 1.8L6.5 17z" fill={p.colour} stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
              </svg>
              <span className="peer-cursor__name" style={{ background: p.colour, color: readableTextOn(p.colour) }}>
                {p.name}
              </span>
            </div>
          ) : null,
        )}
      </div>
    </div>
  );
}
