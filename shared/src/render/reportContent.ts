import { analyseBoard } from '../analysis/analyseBoard.ts';
import { FLOW_LABELS, FLOW_MEANINGS } from '../analysis/flows.ts';
import { whatServesGoals } from '../analysis/goals.ts';
import { MEASURES } from '../analysis/meanings.ts';
import { REVIEW_QUESTIONS, REVIEW_STATUS_LABELS, type Board } from '../model/board.ts';
import { CURRENCY_LABELS } from '../model/currency.ts';
import { PARTNERSHIP_MODEL_LABELS } from '../model/partnership.ts';
import {
  DIRECTIONS,
  DIRECTION_LABELS,
  INTEGRATION_DEGREES,
  INTEGRATION_LABELS,
  LEVELS,
  LEVEL_LABELS,
  TRUST_LABELS,
  type Direction,
  flowsAlong,
  type Level,
} from '../model/relationship.ts';
import { disagreementOf } from '../model/sides.ts';

/** One row of the integration matrix: a direction and a level, with the relationships at each degree. */
export interface MatrixRow {
  direction: Direction;
  level: Level;
  label: string;
  /** Relationship names ("A – B") per degree of integration, 1 to 4. */
  cells: string[][];
}

export interface MeasureLine {
  label: string;
  value: string;
  meaning: string;
}

/**
 * What the partnership report says, worked out from the board and its analysis, apart from how
 * it is typeset: the server sets it with pdfkit, and a browser could set the same content.
 */
export interface ReportContent {
  title: string;
  definition: string;
  matrixColumns: string[];
  matrix: MatrixRow[];
  measures: MeasureLine[];
  oneWay: string[];
  noExchanges: string[];
  unvalued: string[];
  currencies: string[];
  disagreements: string[];
  partnerships: string[];
  goals: { outcome: string; servedBy: string[] }[];
  review: { question: string; answer: string; status: string; changedBy: string }[];
}

export function reportContent(board: Board): ReportContent {
  const analysis = analyseBoard(board);
  // Line breaks typed into a name belong to the card on screen, not to a sentence of the report.
  const nameOf = new Map(board.agencies.map((a) => [a.id, oneLine(a.name) || 'Unnamed agency']));
  const name = (id: string) => nameOf.get(id) ?? 'an agency not on the board';
  const relName = new Map(board.relationships.map((r) => [r.id, `${name(r.source)} – ${name(r.target)}`]));
  const flowOf = new Map(analysis.relationships.map((r) => [r.id, r.flow]));
  const n = analysis.network;
  const fixed = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

  const measures: MeasureLine[] = [
    { ...MEASURES.agencies, value: String(n.agencies) },
    { ...MEASURES.relationships, value: String(n.relationships) },
    { ...MEASURES.density, value: fixed(n.density) },
    { ...MEASURES.components, value: String(n.components) },
    { ...MEASURES.isolates, value: n.isolates.length ? n.isolates.map(name).join(', ') : 'none' },
    { ...MEASURES.degreeCentralization, value: fixed(n.degreeCentralization) },
    { ...MEASURES.betweennessCentralization, value: fixed(n.betweennessCentralization) },
    { ...MEASURES.exchangeReciprocity, value: fixed(n.exchangeReciprocity) },
    { ...MEASURES.meanIntegration, value: n.meanIntegration === null ? 'no relationships' : n.meanIntegration.toFixed(1) },
  ];

  return {
    title: oneLine(board.meta.title) || 'Untitled board',
    definition: board.meta.definition,
    matrixColumns: INTEGRATION_DEGREES.map((d) => `${d} ${INTEGRATION_LABELS[d]}`),
    matrix: DIRECTIONS.flatMap((direction) =>
      LEVELS.map((level) => ({
        direction,
        level,
        label: `${DIRECTION_LABELS[direction]}, ${LEVEL_LABELS[level].toLowerCase()}`,
        cells: INTEGRATION_DEGREES.map((d) =>
          board.relationships.filter((r) => r.direction === direction && r.level === level && r.integration === d).map((r) => relName.get(r.id)!),
        ),
      })),
    ),
    measures,
    oneWay: board.relationships
      .filter((r) => flowOf.get(r.id) === 'one-way')
      .map((r) => {
        const given = board.exchanges.filter((x) => flowsAlong(r, x));
        const giver = given[0]?.from ?? r.source;
        const receiver = giver === r.source ? r.target : r.source;
        const currencies = [...new Set(given.map((x) => CURRENCY_LABELS[x.currency].toLowerCase()))].join(', ');
        return `${name(giver)} gives ${name(receiver)} ${currencies}; nothing flows back`;
      }),
    noExchanges: board.relationships.filter((r) => flowOf.get(r.id) === 'none').map((r) => relName.get(r.id)!),
    unvalued: board.exchanges
      .filter((x) => analysis.unvalued.includes(x.id))
      .map((x) => `${name(x.from)} gives ${name(x.to)} ${CURRENCY_LABELS[x.currency].toLowerCase()}${x.description ? `: ${x.description}` : ''}`),
    currencies: analysis.currencies.map((c) => {
      const top = c.agencies.slice(0, 3).map((a) => `${name(a.id)} ${Math.round(a.share * 100)}%`);
      return `${CURRENCY_LABELS[c.currency]}: ${c.exchanges} exchange${c.exchanges === 1 ? '' : 's'}; carried most by ${top.join(', ')}`;
    }),
    disagreements: board.relationships.flatMap((r) => {
      const d = disagreementOf(r);
      if (!d.integration && !d.trust) return [];
      const parts: string[] = [];
      if (d.integration) parts.push(`integration rated ${r.integrationFromSource} by ${name(r.source)} and ${r.integrationFromTarget} by ${name(r.target)}`);
      if (d.trust) parts.push(`trust ${TRUST_LABELS[r.trustFromSource].toLowerCase()} from ${name(r.source)}, ${TRUST_LABELS[r.trustFromTarget].toLowerCase()} from ${name(r.target)}`);
      return [`${relName.get(r.id)}: ${parts.join('; ')}`];
    }),
    partnerships: board.partnerships.map((p) => {
      const figures = analysis.partnerships.find((q) => q.id === p.id);
      const members = p.memberIds.map(name).join(', ');
      return `${oneLine(p.name) || 'Unnamed partnership'} (${PARTNERSHIP_MODEL_LABELS[p.model].toLowerCase()}): ${members}; density ${fixed(figures?.density ?? 0)}`;
    }),
    goals: whatServesGoals(board).map((g) => ({
      outcome: g.goal.outcome,
      servedBy: [
        ...g.partnershipIds.map((id) => oneLine(board.partnerships.find((p) => p.id === id)?.name ?? '') || 'Unnamed partnership'),
        ...g.relationshipIds.map((id) => relName.get(id)!),
      ],
    })),
    review: REVIEW_QUESTIONS.map((q) => {
      const a = board.meta.reviewAnswers[q.id];
      return {
        question: q.text,
        answer: a?.answer || 'Not answered yet',
        status: REVIEW_STATUS_LABELS[a?.status ?? 'open'],
        changedBy: a?.changedBy ?? '',
      };
    }),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The plain meanings the report prints beside its flow lists. */
export const FLOW_NOTES = {
  oneWay: `${FLOW_LABELS['one-way']}: ${FLOW_MEANINGS['one-way']}`,
  none: `${FLOW_LABELS.none}: ${FLOW_MEANINGS.none}`,
  unvalued: `${MEASURES.unvalued.label}: ${MEASURES.unvalued.meaning}`,
  disagreement: `${MEASURES.disagreement.label}: ${MEASURES.disagreement.meaning}`,
} as const;
