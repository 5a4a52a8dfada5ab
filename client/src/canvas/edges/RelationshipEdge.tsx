import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { edgeEnds, lerp, nodeRect } from '../geometry.ts';
import { INTEGRATION_STROKE } from '../palette.ts';
import type { RelationshipFlowEdge } from '../toFlow.ts';
import { QuickBarAt } from '../quickBar/QuickBarAt.tsx';
import { EdgeLabels } from './EdgeLabels.tsx';
import { FlowArrow } from '../../views/flows/FlowArrow.tsx';
import { sidesShown } from '../../views/flows/currencyShown.ts';
import { useCurrencyShown } from '../../views/mapLens.ts';
import { EdgeDisagreement } from '../../views/sides/EdgeDisagreement.tsx';

/**
 * A relationship: a straight line between the two agencies' borders, styled by degree of
 * integration; its exchange labels are placed for the whole map at once (marks/ExchangeLabels).
 * Selected, it offers the quick-entry bar beside it.
 */
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
      <EdgeLabels>
        <EdgeDisagreement relationship={data.relationship} at={lerp(from, to, 0.5)} />
      </EdgeLabels>
      {selected && <QuickBarAt relationship={data.relationship} from={from} to={to} />}
    </>
  );
}

export const RelationshipEdge = memo(RelationshipEdgeView);
