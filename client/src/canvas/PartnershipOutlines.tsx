import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
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
export const PartnershipOutlines = memo(function PartnershipOutlines({ hulls, selectedId, onSelect }: Props) {
  return (
    <ViewportPortal>
      {hulls.map(({ partnership: p, points, bounds: b, name }) => (
        <Outline
          key={p.id}
          id={p.id}
          selected={p.id === selectedId}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          path={points.map((q, i) => `${i ? 'L' : 'M'}${q.x - b.x} ${q.y - b.y}`).join(' ') + ' Z'}
          nameX={name.rect.x - b.x}
          nameY={name.rect.y - b.y}
          nameWidth={name.rect.width}
          text={name.text}
          model={name.model}
          onSelect={onSelect}
        />
      ))}
    </ViewportPortal>
  );
});

/** Plain values, so that an outline whose members did not move skips rendering. */
interface OutlineProps {
  id: string;
  selected: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  path: string;
  nameX: number;
  nameY: number;
  nameWidth: number;
  text: string;
  model: string;
  onSelect: (id: string) => void;
}

const Outline = memo(function Outline({ id, selected, x, y, width, height, path, nameX, nameY, nameWidth, text, model, onSelect }: OutlineProps) {
  return (
    <div
      className={`partnership-hull${selected ? ' is-selected' : ''}`}
      style={{ left: x, top: y, width, height }}
      data-testid="partnership-outline"
    >
      <svg width={width} height={height} aria-hidden>
        <path d={path} />
      </svg>
      <button
        type="button"
        className="partnership-outline__label"
        style={{ left: nameX, top: nameY, width: nameWidth }}
        onClick={() => onSelect(id)}
      >
        <span className="partnership-outline__name">{text}</span>
        <span className="partnership-outline__model">{model}</span>
      </button>
    </div>
  );
});
