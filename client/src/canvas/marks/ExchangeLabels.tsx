import { EdgeLabelRenderer } from '@xyflow/react';
import { memo, useCallback, type CSSProperties } from 'react';
import { CURRENCY_LABELS, type Exchange } from '@partnermap/shared/model';
import { LABEL_LINE, LABEL_PAD, arrowSlot, type PlacedLabel } from '@partnermap/shared/render';
import { useSelection } from '../../selection/selection.ts';
import type { RelationshipFlowEdge } from '../toFlow.ts';
import { useCurrencyShown } from '../../views/mapLens.ts';
import { sidesShown } from '../../views/flows/currencyShown.ts';
import { LABEL_SIZE, type MapMarks } from './mapMarks.ts';
import { arrowImage } from './arrowImage.ts';
import './marks.css';

interface Props {
  marks: MapMarks;
  edges: readonly RelationshipFlowEdge[];
  nameOf: (agencyId: string) => string;
}

/** Each list of exchanges' detail lines: an unchanged edge keeps its lists, so its labels get the same lines. */
const detailsOf = new WeakMap<readonly Exchange[], string[]>();

/** "Information: discharge summaries", one line per exchange: what a label's details say. */
function detailLines(exchanges: readonly Exchange[]): string[] {
  let lines = detailsOf.get(exchanges);
  if (!lines) {
    lines = exchanges.map((x) => CURRENCY_LABELS[x.currency] + (x.description ? `: ${x.description}` : ''));
    detailsOf.set(exchanges, lines);
  }
  return lines;
}

/**
 * The exchange labels of every relationship, where mapMarks placed them: beside their line, clear
 * of agencies and of each other, as a count when crowded. Each is a button: hovering it shows
 * every exchange it stands for; clicking selects the relationship (its labels are then outlined,
 * and its quick bar lists its exchanges). Labels are for the eye and the mouse: keyboard and
 * screen-reader users reach the same words through the relationship itself (its accessible name
 * says who gives whom what), so the map stays one Tab stop and nothing is read twice. Memoised: a
 * drag re-renders the canvas every frame, but the labels only when they are placed again.
 */
export const ExchangeLabels = memo(function ExchangeLabels({ marks, edges, nameOf }: Props) {
  const { selection, select } = useSelection();
  const currency = useCurrencyShown();
  const selectRelationship = useCallback((id: string) => select({ relationshipIds: [id] }), [select]);
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
              relationshipId={edge.id}
              x={s.label.rect.x}
              y={s.label.rect.y}
              width={s.label.rect.width}
              height={s.label.rect.height}
              angle={s.label.angle}
              tier={s.label.tier}
              text={s.label.lines.join(' ')}
              direction={s.direction}
              details={detailLines(s.exchanges)}
              heading={`${nameOf(s.from)} gives ${nameOf(s.to)}`}
              oneWay={oneWay}
              dimmed={dimmed}
              selected={selected}
              onSelect={selectRelationship}
            />
          ));
      })}
    </EdgeLabelRenderer>
  );
});

/**
 * Plain values, so that a label whose place and words did not change skips rendering: every
 * change re-places the whole map's labels as new objects, but most land where they were.
 */
interface FlowLabelProps {
  relationshipId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  angle: number;
  tier: PlacedLabel['tier'];
  text: string;
  direction: 'forward' | 'backward';
  details: readonly string[];
  heading: string;
  oneWay: boolean;
  dimmed: boolean;
  selected: boolean;
  onSelect(relationshipId: string): void;
}

const FlowLabel = memo(function FlowLabel(props: FlowLabelProps) {
  const { relationshipId, x, y, width, height, angle, tier, text, direction, details, heading, oneWay, dimmed, selected, onSelect } = props;
  const classes = ['flow-label', 'flow-label--placed', oneWay && 'is-one-way', dimmed && 'is-dimmed', selected && 'is-open'];
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      style={{
        left: x,
        top: y,
        width,
        height,
        fontSize: LABEL_SIZE,
        lineHeight: LABEL_LINE,
        padding: `0 ${LABEL_PAD}px`,
      }}
      tabIndex={-1}
      aria-hidden
      data-testid={`flow-${direction}`}
      data-tier={tier}
      onClick={() => onSelect(relationshipId)}
    >
      <span className="flow-label__arrow" style={arrowStyle(angle)} />
      <span className="flow-label__text">{text}</span>
      <span className="flow-label__details" aria-hidden>
        <strong>{heading}</strong>
        {details.map((d, i) => (
          <span key={i}>{d}</span>
        ))}
        {oneWay && <em>Nothing comes back: one-way</em>}
      </span>
    </button>
  );
}, sameLabel);

/** The arrow's image, also as `--arrow` for the forced-colours rule in marks.css. */
function arrowStyle(angle: number): CSSProperties {
  const image = arrowImage(angle);
  return { width: arrowSlot(LABEL_SIZE) - 2, backgroundImage: image, ['--arrow' as string]: image };
}

/** The same props, the details compared line by line when they are not the same list (a filtered flow's are made anew). */
function sameLabel(a: FlowLabelProps, b: FlowLabelProps): boolean {
  // A plain loop: this runs for every label of the map on every change.
  for (const k in a) {
    const key = k as keyof FlowLabelProps;
    if (key === 'details' ? !sameLines(a.details, b.details) : !Object.is(a[key], b[key])) return false;
  }
  return true;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((line, i) => line === b[i]));
}
