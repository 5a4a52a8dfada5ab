import { EdgeLabelRenderer } from '@xyflow/react';
import { CURRENCY_LABELS, type Exchange } from '@partnermap/shared/model';
import { LABEL_LINE, LABEL_PAD, arrowSlot, type PlacedLabel } from '@partnermap/shared/render';
import { useSelection } from '../../selection/selection.ts';
import type { RelationshipFlowEdge } from '../toFlow.ts';
import { useCurrencyShown } from '../../views/mapLens.ts';
import { sidesShown } from '../../views/flows/currencyShown.ts';
import { LABEL_SIZE, type MapMarks } from './mapMarks.ts';
import './marks.css';

interface Props {
  marks: MapMarks;
  edges: readonly RelationshipFlowEdge[];
  nameOf: (agencyId: string) => string;
}

/** "Information: discharge summaries", one line per exchange: what a label's details say. */
function detailLines(exchanges: readonly Exchange[]): string[] {
  return exchanges.map((x) => CURRENCY_LABELS[x.currency] + (x.description ? `: ${x.description}` : ''));
}

/**
 * The exchange labels of every relationship, where mapMarks placed them: beside their line, clear
 * of agencies and of each other, as a count when crowded. Each is a button: hovering it shows
 * every exchange it stands for; clicking selects the relationship (its labels are then outlined,
 * and its quick bar lists its exchanges). Labels are for the eye and the mouse: keyboard and
 * screen-reader users reach the same words through the relationship itself (its accessible name
 * says who gives whom what), so the map stays one Tab stop and nothing is read twice.
 */
export function ExchangeLabels({ marks, edges, nameOf }: Props) {
  const { selection, select } = useSelection();
  const currency = useCurrencyShown();
  return (
    <EdgeLabelRenderer>
      {edges.flatMap((edge) => {
        if (!edge.data) return [];
        const { forward, backward } = sidesShown(edge.data, currency);
        const selected = selection.relationshipIds.includes(edge.id);
        const dimmed = edge.data.dimmed || (currency !== null && forward.length + backward.length === 0);
        const oneWay = (forward.length === 0) !== (backward.length === 0);
        const sides = [
          { direction: 'forward', exchanges: forward, from: edge.source, to: edge.target, label: marks.labels.get(`${edge.id}>`) },
          { direction: 'backward', exchanges: backward, from: edge.target, to: edge.source, label: marks.labels.get(`${edge.id}<`) },
        ] as const;
        return sides
          .flatMap((s) => (s.exchanges.length > 0 && s.label ? [{ ...s, label: s.label }] : []))
          .map((s) => (
            <FlowLabel
              key={`${edge.id}-${s.direction}`}
              label={s.label}
              direction={s.direction}
              details={detailLines(s.exchanges)}
              heading={`${nameOf(s.from)} gives ${nameOf(s.to)}`}
              oneWay={oneWay}
              dimmed={dimmed}
              selected={selected}
              onSelect={() => select({ relationshipIds: [edge.id] })}
            />
          ));
      })}
    </EdgeLabelRenderer>
  );
}

interface FlowLabelProps {
  label: PlacedLabel;
  direction: 'forward' | 'backward';
  details: string[];
  heading: string;
  oneWay: boolean;
  dimmed: boolean;
  selected: boolean;
  onSelect(): void;
}

function FlowLabel({ label, direction, details, heading, oneWay, dimmed, selected, onSelect }: FlowLabelProps) {
  const classes = ['flow-label', 'flow-label--placed', oneWay && 'is-one-way', dimmed && 'is-dimmed', selected && 'is-open'];
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      style={{
        transform: `translate(${label.rect.x}px, ${label.rect.y}px)`,
        width: label.rect.width,
        height: label.rect.height,
        fontSize: LABEL_SIZE,
        lineHeight: LABEL_LINE,
        padding: `0 ${LABEL_PAD}px`,
      }}
      tabIndex={-1}
      aria-hidden
      data-testid={`flow-${direction}`}
      data-tier={label.tier}
      onClick={onSelect}
    >
      <svg
        width={arrowSlot(LABEL_SIZE) - 2}
        height="10"
        viewBox="0 0 12 12"
        style={{ transform: `rotate(${label.angle}rad)` }}
        aria-hidden
      >
        <path d="M1 6h8M6 2.5L9.5 6 6 9.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="flow-label__text">{label.lines.join(' ')}</span>
      <span className="flow-label__details" aria-hidden>
        <strong>{heading}</strong>
        {details.map((d, i) => (
          <span key={i}>{d}</span>
        ))}
        {oneWay && <em>Nothing comes back: one-way</em>}
      </span>
    </button>
  );
}
