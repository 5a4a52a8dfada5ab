import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { CURRENCY_LABELS, SECTOR_LABELS, agencyName } from '@partnermap/shared/model';
import { CURRENCY_SHORT, SECTOR_COLOURS } from '../palette.ts';
import type { AgencyNode as AgencyFlowNode } from '../toFlow.ts';
import { useAgencySize } from '../../views/mapLens.ts';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/**
 * An agency: name, sector (colour band plus its name, so colour is never the only cue) and badges
 * for what it values. A handle on each side starts a relationship; edges float to the nearest
 * border, so which handle was used does not matter. On a view-only board (not connectable) the
 * handles stay, as edges attach to them, but cannot be seen or used.
 */
function AgencyNodeView({ data, selected, isConnectable }: NodeProps<AgencyFlowNode>) {
  const { agency, dimmed } = data;
  const size = useAgencySize(agency.id);
  return (
    <div
      className={`agency-node${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}${size !== 1 ? ' is-sized' : ''}`}
      style={{ '--sector': SECTOR_COLOURS[agency.sector], '--size': size } as React.CSSProperties}
      data-testid="agency-node"
      data-agency-name={agency.name}
    >
      <div className="agency-node__band" aria-hidden />
      <div className="agency-node__body">
        <div className={`agency-node__name${agency.name ? '' : ' is-placeholder'}`}>{agencyName(agency)}</div>
        <div className="agency-node__sector">
          <span className="sector-dot" style={{ background: SECTOR_COLOURS[agency.sector] }} aria-hidden />
          {SECTOR_LABELS[agency.sector]}
        </div>
        {agency.values.length > 0 && (
          <ul className="agency-node__values" aria-label="Values">
            {agency.values.map((v) => (
              <li key={v} className="value-badge" title={`Values ${CURRENCY_LABELS[v].toLowerCase()}`}>
                {CURRENCY_SHORT[v]}
              </li>
            ))}
          </ul>
        )}
      </div>
      {SIDES.map((side) => (
        <Handle
          key={side}
          id={side}
          type="source"
          position={side}
          isConnectable={isConnectable}
          className="agency-handle"
          data-testid={`handle-${side}`}
        />
      ))}
    </div>
  );
}

export const AgencyNode = memo(AgencyNodeView);
