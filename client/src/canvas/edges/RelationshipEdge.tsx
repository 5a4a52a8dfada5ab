import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { CURRENCY_LABELS, type Exchange } from '@partnermap/shared/model';
import { edgeEnds, lerp, nodeRect, type Point } from '../geometry.ts';
import { CURRENCY_SHORT, INTEGRATION_STROKE } from '../palette.ts';
import { isOneWay, type RelationshipFlowEdge } from '../toFlow.ts';
import { FlowArrow } from '../../views/flows/FlowArrow.tsx';
import { sidesShown } from '../../views/flows/currencyShown.ts';
import { useCurrencyShown } from '../../views/mapLens.ts';
import { EdgeDisagreement } from '../../views/sides/EdgeDisagreement.tsx';

interface FlowLabelProps {
  at: Point;
  angle: number;
  exchanges: Exchange[];
  oneWay: boolean;
  dimmed: boolean;
  direction: 'forward' | 'backward';
}

/** The currencies flowing one way, with an arrow turned along the flow. */
function FlowLabel({ at, angle, exchanges, oneWay, dimmed, direction }: FlowLabelProps) {
  const names = [...new Set(exchanges.map((x) => CURRENCY_SHORT[x.currency]))];
  const title = exchanges.map((x) => CURRENCY_LABELS[x.currency] + (x.description ? `: ${x.description}` : '')).join('\n');
  return (
    <div
      className={`flow-label${oneWay ? ' is-one-way' : ''}${dimmed ? ' is-dimmed' : ''}`}
      style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
      title={title}
      // The relationship's own label says who gives whom what; these words alone carry no direction.
      aria-hidden
      data-testid={`flow-${direction}`}
    >
      <svg width="12" height="12" viewBox="0 0 12 12" style={{ transform: `rotate(${angle}rad)` }} aria-hidden>
        <path d="M1 6h8M6 2.5L9.5 6 6 9.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>{names.join(' · ')}</span>
      {oneWay && <span className="flow-label__warn">one-way</span>}
    </div>
  );
}

/** A relationship: a straight line between the two agencies' borders, styled by degree of integration. */
function RelationshipEdgeView({ id, source, target, data, selected }: EdgeProps<RelationshipFlowEdge>) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  const sr = nodeRect(s);
  const tr = nodeRect(t);
  const currency = useCurrencyShown();
  if (!sr || !tr || !data) return null;
  // With one currency shown, only its exchanges are labelled and a relationship without any is dimmed.
  const { forward, backward } = sidesShown(data, currency);
  const dimmed = data.dimmed || (currency !== null && forward.length + backward.length === 0);
  const arrow = `flow-arrow-${id}`;
  const { from, to } = edgeEnds(sr, tr);
  const stroke = INTEGRATION_STROKE[data.relationship.integration];
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const oneWay = isOneWay(data);
  const both = forward.length > 0 && backward.length > 0;
  // On a short edge the two labels would cover each other: stack them at the middle instead.
  const short = Math.hypot(to.x - from.x, to.y - from.y) < 240;
  const labelAt = (t: number, stack: number): Point => {
    if (!both) return lerp(from, to, 0.5);
    if (!short) return lerp(from, to, t);
    const mid = lerp(from, to, 0.5);
    return { x: mid.x, y: mid.y + stack * 13 };
  };

  return (
    <>
      {currency && <FlowArrow id={arrow} />}
      <BaseEdge
        id={id}
        path={`M ${from.x},${from.y} L ${to.x},${to.y}`}
        interactionWidth={24}
        className={`relationship-edge${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}`}
        markerEnd={currency && forward.length ? `url(#${arrow})` : undefined}
        markerStart={currency && backward.length ? `url(#${arrow})` : undefined}
        // The width as a variable, so that the stylesheet can thicken a selected or focused line.
        style={{ '--edge-width': `${stroke.width}px`, strokeDasharray: stroke.dash, strokeLinecap: 'round' } as React.CSSProperties}
      />
      <EdgeLabelRenderer>
        <EdgeDisagreement relationship={data.relationship} at={lerp(from, to, 0.5)} />
        {forward.length > 0 && (
          <FlowLabel
            at={labelAt(0.3, -1)}
            angle={angle}
            exchanges={forward}
            oneWay={oneWay}
            dimmed={dimmed}
            direction="forward"
          />
        )}
        {backward.length > 0 && (
          <FlowLabel
            at={labelAt(0.7, 1)}
            angle={angle + Math.PI}
            exchanges={backward}
            oneWay={oneWay}
            dimmed={dimmed}
            direction="backward"
          />
        )}
      </EdgeLabelRenderer>
    </>
  );
}

export const RelationshipEdge = memo(RelationshipEdgeView);
