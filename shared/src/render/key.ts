import type { Integration } from '../model/relationship.ts';
import { INTEGRATION_LABELS } from '../model/relationship.ts';
import { SECTORS, SECTOR_LABELS, type Sector } from '../model/sector.ts';
import type { Rect } from './geometry.ts';
import { labelSize } from './labels.ts';
import { textWidth, wrapText } from './textWidth.ts';

/** Every kind of mark the map can draw; the key explains exactly those the map uses. */
export type KeySymbol =
  | { kind: 'sector'; sector: Sector }
  | { kind: 'degree'; degree: Integration }
  | { kind: 'partnership' }
  | { kind: 'exchange' }
  | { kind: 'one-way' }
  | { kind: 'count' }
  | { kind: 'disagreement' }
  | { kind: 'dimmed' };

export function symbolId(s: KeySymbol): string {
  return s.kind === 'sector' ? `sector:${s.sector}` : s.kind === 'degree' ? `degree:${s.degree}` : s.kind;
}

export interface KeyItem {
  symbol: KeySymbol;
  /** The sample's box; the label follows it. */
  sample: Rect;
  labelX: number;
  /** Baseline of the first label line. */
  labelY: number;
  lines: string[];
}

export interface KeyLayout {
  headings: { text: string; x: number; y: number }[];
  items: KeyItem[];
  height: number;
  size: number;
}

const GROUPS: { heading: string; kinds: KeySymbol['kind'][] }[] = [
  { heading: 'Sectors', kinds: ['sector'] },
  { heading: 'Degree of integration', kinds: ['degree'] },
  { heading: 'Also on the map', kinds: ['partnership', 'exchange', 'one-way', 'count', 'disagreement', 'dimmed'] },
];

export const SAMPLE_LABEL = { exchange: ['Referrals'], 'one-way': ['Money (one-way)'], count: ['3 exchanges'] } as const;

export function keyLabel(s: KeySymbol): string {
  switch (s.kind) {
    case 'sector':
      return SECTOR_LABELS[s.sector];
    case 'degree':
      return `${s.degree} ${INTEGRATION_LABELS[s.degree]}`;
    case 'partnership':
      return 'Partnership: an outline around its members';
    case 'exchange':
      return 'What one agency gives another; the arrow points to the receiver';
    case 'one-way':
      return 'One-way: nothing flows back';
    case 'count':
      return 'Exchanges counted where there is no room to name them';
    case 'disagreement':
      return 'The two sides rate integration or trust two steps or more apart';
    case 'dimmed':
      return 'Faded: outside the chosen filter or focus';
  }
}

function sampleWidth(s: KeySymbol, size: number): number {
  if (s.kind === 'exchange' || s.kind === 'one-way' || s.kind === 'count') return labelSize(SAMPLE_LABEL[s.kind], size).width;
  return { sector: size * 1.2, degree: size * 3.2, partnership: size * 2.4, disagreement: size * 1.2, dimmed: size * 2.4 }[s.kind];
}

/** Symbols in key order: sectors and degrees in their scale's order, then the rest. */
export function sortSymbols(symbols: readonly KeySymbol[]): KeySymbol[] {
  const rank = (s: KeySymbol) =>
    s.kind === 'sector' ? SECTORS.indexOf(s.sector) : s.kind === 'degree' ? 100 + s.degree : 200 + GROUPS[2]!.kinds.indexOf(s.kind);
  return [...symbols].sort((a, b) => rank(a) - rank(b));
}

/**
 * The key laid out in a box `width` wide from (x, y): a heading per group, items flowing left to
 * right and wrapping; a label too long for the rest of the row starts a row and wraps inside it.
 */
export function layoutKey(symbols: readonly KeySymbol[], x: number, y: number, width: number, size: number): KeyLayout {
  const row = size * 1.9;
  const lineHeight = size * 1.25;
  const gap = size * 1.6;
  const headings: KeyLayout['headings'] = [];
  const items: KeyItem[] = [];
  let top = y;
  for (const group of GROUPS) {
    const inGroup = sortSymbols(symbols).filter((s) => group.kinds.includes(s.kind));
    if (inGroup.length === 0) continue;
    headings.push({ text: group.heading.toUpperCase(), x, y: top + size });
    top += size * 1.7;
    let left = x;
    let rowHeight = row;
    for (const symbol of inGroup) {
      const sample = sampleWidth(symbol, size);
      const label = keyLabel(symbol);
      const full = sample + size * 0.6 + textWidth(label, size);
      if (left > x && left + full > x + width) {
        left = x;
        top += rowHeight;
        rowHeight = row;
      }
      const room = x + width - left - sample - size * 0.6;
      const lines = wrapText(label, room, (t) => textWidth(t, size));
      const height = Math.max(row, (lines.length - 1) * lineHeight + row);
      const sampleHeight = symbol.kind === 'exchange' || symbol.kind === 'one-way' || symbol.kind === 'count' ? size * 1.25 + 5 : size;
      items.push({
        symbol,
        sample: { x: left, y: top + (row - sampleHeight) / 2 - size * 0.15, width: sample, height: sampleHeight },
        labelX: left + sample + size * 0.6,
        labelY: top + row / 2 + size * 0.35,
        lines,
      });
      rowHeight = Math.max(rowHeight, height);
      left += sample + size * 0.6 + Math.max(...lines.map((l) => textWidth(l, size))) + gap;
    }
    top += rowHeight + size * 0.5;
  }
  return { headings, items, height: top - y, size };
}

