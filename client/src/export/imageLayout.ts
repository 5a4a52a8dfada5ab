import type { LegendContent, LegendDegree, LegendSector } from '../canvas/legend/legendContent.ts';

/** The kinds of text in the image; the renderer maps each to a font, the layout only measures. */
export type TextStyle = 'title' | 'date' | 'heading' | 'item';
export type Measure = (text: string, style: TextStyle) => number;

export interface Size {
  width: number;
  height: number;
}

export interface PlacedText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export type LegendItem = { x: number; y: number; label: string } & (
  | { kind: 'sector'; sector: LegendSector }
  | { kind: 'degree'; degree: LegendDegree }
  | { kind: 'partnership' }
  | { kind: 'exchange'; sample: string; oneWay: boolean }
);

export interface ImageLayout extends Size {
  title: PlacedText[];
  date: PlacedText;
  map: Size & { x: number; y: number };
  /** The line between the map and the legend. */
  ruleY: number;
  headings: PlacedText[];
  items: LegendItem[];
}

export const MARGIN = 32;
/** Narrow maps still get a header and legend that read comfortably. */
export const MIN_WIDTH = 760;
const TITLE_LINE = 30;
const DATE_LINE = 20;
const HEADING_LINE = 22;
const ROW = 24;
const ITEM_GAP = 26;
/** Width of the drawn sample before each legend label (swatch, line, outline, label pill). */
export const SAMPLE_WIDTH = { sector: 14, degree: 44, partnership: 30 } as const;
const SAMPLE_GAP = 8;

/**
 * Where everything goes in an exported image: title and date on top, the whole map in the
 * middle at its own proportions, the legend below. Text is wrapped to the width, so a long title
 * or a wide legend is never cut off.
 */
export function layoutImage(map: Size, title: string, date: string, legend: LegendContent, measure: Measure): ImageLayout {
  const width = Math.ceil(Math.max(MIN_WIDTH, map.width));
  const inner = width - 2 * MARGIN;
  let y = MARGIN;

  const titleLines = wrapText(title, inner, (t) => measure(t, 'title')).map((text) => {
    y += TITLE_LINE;
    return { text, x: MARGIN, y: y - 8 };
  });
  y += DATE_LINE;
  const dateText = { text: date, x: MARGIN, y: y - 4 };
  y += 14;

  const mapBox = { x: Math.round((width - map.width) / 2), y, width: map.width, height: map.height };
  y += map.height;
  const ruleY = y + 8;
  y = ruleY + 14;

  const headings: PlacedText[] = [];
  const items: LegendItem[] = [];
  const group = (heading: string, entries: { sample: number; label: string; item: (x: number, y: number) => LegendItem }[]) => {
    if (entries.length === 0) return;
    y += HEADING_LINE;
    headings.push({ text: heading.toUpperCase(), x: MARGIN, y: y - 7 });
    let x = MARGIN;
    let rowTop = y;
    for (const e of entries) {
      const w = e.sample + SAMPLE_GAP + measure(e.label, 'item');
      if (x > MARGIN && x + w > MARGIN + inner) {
        x = MARGIN;
        rowTop += ROW;
      }
      items.push(e.item(x, rowTop));
      x += w + ITEM_GAP;
    }
    y = rowTop + ROW + 6;
  };

  group(
    'Sectors',
    legend.sectors.map((sector) => ({
      sample: SAMPLE_WIDTH.sector,
      label: sector.label,
      item: (x, y) => ({ kind: 'sector', x, y, label: sector.label, sector }),
    })),
  );
  group(
    'Degree of integration',
    legend.degrees.map((degree) => ({
      sample: SAMPLE_WIDTH.degree,
      label: degree.label,
      item: (x, y) => ({ kind: 'degree', x, y, label: degree.label, degree }),
    })),
  );
  const also: Parameters<typeof group>[1] = [];
  if (legend.partnerships) {
    const label = 'Partnership (its members inside)';
    also.push({ sample: SAMPLE_WIDTH.partnership, label, item: (x, y) => ({ kind: 'partnership', x, y, label }) });
  }
  if (legend.exchanges) {
    const exchange = (sample: string, oneWay: boolean, label: string) => ({
      sample: exchangeSampleWidth(sample, oneWay, measure),
      label,
      item: (x: number, y: number): LegendItem => ({ kind: 'exchange', x, y, label, sample, oneWay }),
    });
    also.push(exchange('→ Referrals', false, 'what one agency gives another, and which way'));
    also.push(exchange('→ Money', true, 'nothing flows back'));
  }
  group('Also on the map', also);

  return { width, height: Math.ceil(y + MARGIN - 6), title: titleLines, date: dateText, map: mapBox, ruleY, headings, items };
}

/** An exchange sample is a pill: arrow and currency, plus a "one-way" badge when it is one. */
export function exchangeSampleWidth(sample: string, oneWay: boolean, measure: Measure): number {
  return 16 + measure(sample, 'item') + (oneWay ? 8 + measure('ONE-WAY', 'heading') + 10 : 0);
}

/** Splits text into lines no wider than `max`; a word longer than a line is broken inside. */
export function wrapText(text: string, max: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest) > max && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > max) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
