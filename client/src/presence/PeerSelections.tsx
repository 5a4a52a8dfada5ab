import { useEdges, useNodes } from '@xyflow/react';
import type { Peer } from '@partnermap/shared/presence';
import { edgeEnds, nodeRect } from '../canvas/geometry.ts';

/**
 * What colleagues have selected, in their colour: a ring around each agency and a band along
 * each relationship (drawn like the edge itself, a straight line between the agencies' borders).
 * Coordinates are the board's; `zoom` keeps the strokes the same width on screen.
 */
export function PeerSelections({ peers, zoom }: { peers: readonly Peer[]; zoom: number }) {
  const nodes = new Map(useNodes().map((n) => [n.id, n]));
  const edges = new Map(useEdges().map((e) => [e.id, e]));
  const pad = 5 / zoom;
  return (
    <>
      {peers.flatMap((p) =>
        p.selection.flatMap((id) => {
          const r = nodeRect(nodes.get(id));
          if (r) {
            return (
              <div
                key={`${p.clientId}-${id}`}
                className="peer-selection"
                data-testid="peer-selection"
                data-name={p.name}
                style={{
                  transform: `translate(${r.x - pad}px, ${r.y - pad}px)`,
                  width: r.width + 2 * pad,
                  height: r.height + 2 * pad,
                  borderColor: p.colour,
                  borderWidth: 2 / zoom,
                }}
              />
            );
          }
          const edge = edges.get(id);
          const s = nodeRect(nodes.get(edge?.source ?? ''));
          const t = nodeRect(nodes.get(edge?.target ?? ''));
          if (!s || !t) return [];
          const { from, to } = edgeEnds(s, t);
          return (
            <svg key={`${p.clientId}-${id}`} className="peer-selection-edge" data-testid="peer-selection" data-name={p.name} width="1" height="1">
              <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke={p.colour} strokeWidth={10 / zoom} strokeLinecap="round" />
            </svg>
          );
        }),
      )}
    </>
  );
}
