import { ViewportPortal } from '@xyflow/react';
import type { MapMarks } from './marks/mapMarks.ts';
import './marks/marks.css';

interface Props {
  hulls: MapMarks['hulls'];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * Partnerships drawn as padded hulls around their members only (so an agency that is not a member
 * is never drawn inside one), each named just outside it, clear of relationship lines where
 * there is room. Placed from the live node positions, so they follow a drag. Not React Flow
 * parent nodes: an agency can belong to several partnerships.
 */
export function PartnershipOutlines({ hulls, selectedId, onSelect }: Props) {
  return (
    <ViewportPortal>
      {hulls.map(({ partnership: p, points, bounds: b, name }) => (
        <div
          key={p.id}
          className={`partnership-hull${p.id === selectedId ? ' is-selected' : ''}`}
          style={{ transform: `translate(${b.x}px, ${b.y}px)`, width: b.width, height: b.height }}
          data-testid="partnership-outline"
        >
          <svg width={b.width} height={b.height} aria-hidden>
            <path d={points.map((q, i) => `${i ? 'L' : 'M'}${q.x - b.x} ${q.y - b.y}`).join(' ') + ' Z'} />
          </svg>
          <button
            type="button"
            className="partnership-outline__label"
            style={{ transform: `translate(${name.rect.x - b.x}px, ${name.rect.y - b.y}px)`, width: name.rect.width }}
            onClick={() => onSelect(p.id)}
          >
            <span className="partnership-outline__name">{name.text}</span>
            <span className="partnership-outline__model">{name.model}</span>
          </button>
        </div>
      ))}
    </ViewportPortal>
  );
}
