import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sampleBoard } from '../formats/fixtures/sampleBoard.ts';
import { createBoardMeta, type Board } from '../model/board.ts';
import { INTEGRATION_LABELS } from '../model/relationship.ts';
import { generatedBoard } from './fixtures/generatedBoard.ts';
import { overlaps, type Rect } from './geometry.ts';
import { symbolId } from './key.ts';
import { layoutPage } from './layoutPage.ts';
import { mapSvg, pageSvg } from './mapSvg.ts';
import { PAGE_IDS, PAGES } from './pages.ts';

const DATE = new Date('2026-11-30T09:00:00Z');

/** The text content of every `<text>` element, tspans joined by a space, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<\/tspan><tspan[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#10;/g, '\n')
      .replace(/&amp;/g, '&'),
  );
}

const BOARDS: [string, Board][] = [
  ['the sample board', sampleBoard()],
  ['a generated board of 12 agencies', generatedBoard(12, 7)],
  ['a generated board of 30 agencies', generatedBoard(30, 3)],
];

describe.each(BOARDS)('the drawn map of %s', (_name, board) => {
  it.each(PAGE_IDS)('on %s: plain SVG, every agency named in a <text>, no text under 7 pt', (page) => {
    const svg = mapSvg(board, { page, date: DATE });
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const shown = texts(svg);
    for (const agency of board.agencies) expect(shown).toContain(agency.name.replace(/\s+/g, ' '));
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(board.agencies.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7);
  });

  it.each(PAGE_IDS)('on %s: no label overlaps another label, an agency or a mark; all stay on the map', (page) => {
    const { map, mapArea } = layoutPage(board, { page, date: DATE });
    const labels: Rect[] = [...map.labels.map((l) => l.rect), ...map.hulls.flatMap((h) => (h.name ? [h.name.rect] : []))];
    const solid: Rect[] = [...map.cards.map((c) => c.rect), ...map.marks.map((m) => m.rect)];
    for (const [i, a] of labels.entries()) {
      expect(labels.slice(i + 1).filter((b) => overlaps(a, b))).toEqual([]);
      expect(solid.filter((b) => overlaps(a, b))).toEqual([]);
      expect(a.x >= mapArea.x && a.y >= mapArea.y && a.x + a.width <= mapArea.x + mapArea.width && a.y + a.height <= mapArea.y + mapArea.height).toBe(true);
    }
    const cards = map.cards.map((c) => c.rect);
    for (const [i, a] of cards.entries()) expect(cards.slice(i + 1).filter((b) => overlaps(a, b))).toEqual([]);
  });

  it.each(PAGE_IDS)('on %s: the key explains every symbol drawn, and only those', (page) => {
    const layout = layoutPage(board, { page, date: DATE });
    const { map } = layout;
    const drawn = new Set<string>([
      ...map.cards.map((c) => `sector:${c.agency.sector}`),
      ...map.edges.map((e) => `degree:${e.relationship.integration}`),
      ...(map.hulls.length ? ['partnership'] : []),
      ...(map.labels.some((l) => l.tier !== 'count') ? ['exchange'] : []),
      ...(map.labels.some((l) => l.oneWay) ? ['one-way'] : []),
      ...(map.labels.some((l) => l.tier === 'count') ? ['count'] : []),
      ...(map.marks.length ? ['disagreement'] : []),
    ]);
    expect(new Set(layout.key.items.map((i) => symbolId(i.symbol)))).toEqual(drawn);
    const shown = texts(pageSvg(layout, board.meta.title));
    for (const degree of new Set(map.edges.map((e) => e.relationship.integration))) {
      expect(shown).toContain(`${degree} ${INTEGRATION_LABELS[degree]}`);
    }
  });
});

describe('page presets', () => {
  it('every preset keeps its printed size in millimetres and a viewBox in points', () => {
    for (const id of PAGE_IDS) {
      const svg = mapSvg(sampleBoard(), { page: id, date: DATE });
      const p = PAGES[id];
      expect(svg).toContain(`width="${p.widthMm}mm" height="${p.heightMm}mm" viewBox="0 0 ${p.width} ${p.height}"`);
    }
    expect([PAGES['a4-portrait'].width, PAGES['a4-portrait'].height]).toEqual([595.28, 841.89]);
    expect(PAGES['slide-16x9'].width / PAGES['slide-16x9'].height).toBeCloseTo(16 / 9, 3);
  });

  it('states the title, the date and the counts at the top', () => {
    const shown = texts(mapSvg(sampleBoard(), { page: 'a4-landscape', date: DATE }));
    expect(shown).toContain('Hospital discharge & "home first"');
    expect(shown.find((t) => t.startsWith('30 November 2026'))).toContain('4 agencies, 3 relationships, 3 exchanges, 1 partnership');
  });

  it('prints a long NHS name in full on the narrowest card', () => {
    const board = generatedBoard(20, 4);
    const long = 'Riverside University Hospitals NHS Foundation Trust Discharge to Assess Team';
    board.agencies[0]!.name = long;
    for (const page of PAGE_IDS) expect(texts(mapSvg(board, { page, date: DATE }))).toContain(long);
  });

  it('a board too big for A4 keeps 7 pt text and apart cards, and counts the agencies left off', () => {
    const board = generatedBoard(100, 2);
    const layout = layoutPage(board, { page: 'a4-landscape', date: DATE });
    const cards = layout.map.cards.map((c) => c.rect);
    for (const [i, a] of cards.entries()) expect(cards.slice(i + 1).filter((b) => overlaps(a, b))).toEqual([]);
    const off = cards.filter((r) => r.y + r.height > layout.mapArea.y + layout.mapArea.height).length;
    expect(off).toBeGreaterThan(0);
    const said = /(\d+) agencies .*left off for lack of room/.exec(layout.notes.map((n) => n.text).join(' '));
    expect(Number(said?.[1])).toBeGreaterThanOrEqual(off);
    const svg = pageSvg(layout, board.meta.title);
    expect(Math.min(...[...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])))).toBeGreaterThanOrEqual(7);
    expect(layoutPage(board, { page: 'a3-landscape', date: DATE }).map.leftOff.agencies).toBe(0);
  });

  it('is well-formed XML even for names full of markup, quotes and line breaks', () => {
    const board = sampleBoard();
    board.meta.title = 'Title with <b>markup</b> & "quotes"\u0001';
    for (const page of PAGE_IDS) expect(XMLValidator.validate(mapSvg(board, { page, date: DATE }))).toBe(true);
  });

  it('names the fonts with safe fallbacks and never embeds HTML', () => {
    const svg = mapSvg(generatedBoard(8), { page: 'a4-portrait', date: DATE });
    expect(svg).toContain('font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"');
    expect(svg).not.toMatch(/<(div|span|img|image|script|style)\b/);
  });
});

describe('views', () => {
  it('a currency view labels only that currency and says so', () => {
    const board = sampleBoard();
    const layout = layoutPage(board, { page: 'a4-landscape', date: DATE, view: { currency: 'money' } });
    expect(layout.map.labels.map((l) => l.lines.join(' '))).toEqual(['Money: Grant, £40k; reviewed yearly (one-way)']);
    expect(layout.header.map((h) => h.text).join(' ')).toContain('exchanges of money / budget only');
  });

  it('a focus fades the agencies that are not its partners, and the key explains the fading', () => {
    const board = sampleBoard();
    const council = board.agencies.find((a) => a.name === 'City Council Housing')!;
    const layout = layoutPage(board, { page: 'a4-landscape', date: DATE, view: { focus: council.id } });
    const faded = layout.map.cards.filter((c) => c.dimmed).map((c) => c.agency.name);
    expect(faded.sort()).toEqual(['Adult Social Care', 'Riverside Hospital Trust']);
    expect(layout.key.items.map((i) => i.symbol.kind)).toContain('dimmed');
  });

  it('an empty board still gives a titled page with no key entries', () => {
    const empty: Board = { meta: createBoardMeta({ title: 'Nothing yet' }), goals: [], agencies: [], relationships: [], exchanges: [], partnerships: [] };
    const layout = layoutPage(empty, { page: 'a4-portrait', date: DATE });
    expect(layout.key.items).toEqual([]);
    expect(texts(pageSvg(layout, 'Nothing yet'))).toContain('Nothing yet');
  });
});
