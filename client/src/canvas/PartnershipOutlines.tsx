import { ViewportPortal } from '@xyflow/react';
import { PARTNERSHIP_MODEL_LABELS, type Partnership } from '@partnermap/shared/model';
import { nodeRect } from './geometry.ts';
import { partnershipOutlines } from './outlines.ts';
import type { AgencyNode } from './toFlow.ts';

interface Props {
  partnerships: readonly Partnership[];
  nodes: readonly AgencyNode[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/**
 * Partnerships drawn as labelled outlines around their members, from the live node positions so
 * they follow a drag. Not React Flow parent nodes: an agency can belong to several partnerships.
 */
export function PartnershipOutlines({ partnerships, nodes, selectedId, onSelect }: Props) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rectOf = (id: string) => nodeRect(byId.get(id));
  return (
    <ViewportPortal>
      {partnershipOutlines(partnerships, rectOf).map(({ partnership: p, rect }) => {
        const name = p.name || 'Unnamed partnership';
        return (
          <div
            key={p.id}
            className={`partnership-outline${p.id === selectedId ? ' is-selected' : ''}`}
            style={{ transform: `translate(${rect.x}px, ${rect.y}px)`, width: rect.width, height: rect.height }}
            data-testid="partnership-outline"
          >
            <button type="button" className="partnership-outline__label" onClick={() => onSelect(p.id)}>
              <span className="partnership-outline__name">{name}</span>
              <span className="partnership-outline__model">{PARTNERSHIP_MODEL_LABELS[p.model]}</span>
            </button>
          </div>
        );
      })}
    </ViewportPortal>
  );
}
