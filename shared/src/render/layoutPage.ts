import type { Board } from '../model/board.ts';
import type { Rect } from './geometry.ts';
import { layoutKey, symbolId, type KeyLayout, type KeySymbol } from './key.ts';
import { PAGES, type PageId, type PagePreset } from './pages.ts';
import { layoutMap, mapBounds, shiftMap, type MapScene } from './scene.ts';
import { INK } from './style.ts';
import { textWidth, wrapText } from './textWidth.ts';
import { resolveView, type MapView } from './view.ts';

export interface PageText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold?: boolean;
  fill: string;
}

/** Everything on one page, placed: what mapSvg draws and what the tests measure. */
export interface PageLayout {
  page: PagePreset;
  header: PageText[];
  /** The line under the header. */
  ruleY: number;
  mapArea: Rect;
  map: MapScene;
  key: KeyLayout;
  notes: PageText[];
}

export interface PageOptions {
  page: PageId;
  /** When the map was drawn; passed in so the renderer stays pure and testable. */
  date: Date;
  view?: MapView;
}

const KEY_SIZE = 8;
const SUB_SIZE = 9;

/**
 * Lays out a board on a page: title, date and counts on top; the map; the key beside it
 * (landscape) or below it (portrait). The key lists exactly the symbols the map uses, and which
 * those are depends on how much room the map has (labels collapse to counts on a small one), so
 * the two are settled together in a few rounds.
 */
export function layoutPage(board: Board, options: PageOptions): PageLayout {
  const page = PAGES[options.page];
  const view = resolveView(board, options.view);
  const m = page.margin;
  const inner = page.width - 2 * m;
  const header: PageText[] = [];
  let y = m;
  for (const line of wrapText(board.meta.title || 'Untitled board', inner, (t) => textWidth(t, page.titleSize, true), 2)) {
    y += page.titleSize * 1.2;
    header.push({ text: line, x: m, y: y - page.titleSize * 0.25, size: page.titleSize, bold: true, fill: INK.text });
  }
  for (const line of wrapText([formatDate(options.date), counts(board), ...view.description].join(' · '), inner, (t) => textWidth(t, SUB_SIZE), 2)) {
    y += SUB_SIZE * 1.4;
    header.push({ text: line, x: m, y, size: SUB_SIZE, fill: INK.muted });
  }
  const ruleY = y + 6;
  const top = ruleY + 10;

  const keyWidth = page.keyBeside ? Math.min(190, Math.max(140, page.width * 0.2)) : inner;
  let symbols: KeySymbol[] = predictSymbols(board);
  let result: { mapArea: Rect; map: MapScene } | undefined;
  for (let round = 0; round < 3; round++) {
    const probe = layoutKey(symbols, 0, 0, keyWidth, KEY_SIZE);
    // Room under a bottom key for the note on what was left off, once a round has left something off.
    const noteRoom = result && Object.values(result.map.leftOff).some((n) => n > 0) ? 3 * KEY_SIZE * 1.3 : 0;
    const mapArea = page.keyBeside
      ? { x: m, y: top, width: inner - keyWidth - 18, height: page.height - m - top }
      : { x: m, y: top, width: inner, height: page.height - m - top - probe.height - 22 - noteRoom };
    const map = layoutMap(board, mapArea, view);
    result = { mapArea, map };
    const same = sameSymbols(map.symbols, symbols);
    symbols = map.symbols;
    if (same) break;
  }
  let { mapArea, map } = result!;
  const bounds = mapBounds(map);
  if (!page.keyBeside && bounds) {
    // A key below the map follows the drawing closely, rather than the bottom of the page.
    const dy = Math.max(0, bounds.y - top);
    map = shiftMap(map, dy);
    mapArea = { ...mapArea, height: Math.min(mapArea.height, bounds.y + bounds.height - dy - top + 4) };
  }
  // The key is drawn from the last round's map, so it explains exactly what is drawn.
  const key = page.keyBeside
    ? layoutKey(map.symbols, page.width - m - keyWidth, top, keyWidth, KEY_SIZE)
    : layoutKey(map.symbols, m, mapArea.y + mapArea.height + 16, keyWidth, KEY_SIZE);
  return { page, header, ruleY, mapArea, map, key, notes: notesFor(map, page, key, keyWidth) };
}

function predictSymbols(board: Board): KeySymbol[] {
  const out: KeySymbol[] = [...new Set(board.agencies.map((a) => a.sector))].map((sector) => ({ kind: 'sector', sector }));
  for (const degree of new Set(board.relationships.map((r) => r.integration))) out.push({ kind: 'degree', degree });
  if (board.partnerships.length) out.push({ kind: 'partnership' });
  if (board.exchanges.length) out.push({ kind: 'exchange' });
  return out;
}

function sameSymbols(a: readonly KeySymbol[], b: readonly KeySymbol[]): boolean {
  const ids = (list: readonly KeySymbol[]) => list.map(symbolId).sort().join('|');
  return ids(a) === ids(b);
}

/** What the map could not show, said in words under the key rather than silently dropped. */
function notesFor(map: MapScene, page: PagePreset, key: KeyLayout, keyWidth: number): PageText[] {
  const parts: string[] = [];
  if (map.leftOff.agencies) parts.push(`${map.leftOff.agencies} agenc${map.leftOff.agencies === 1 ? 'y' : 'ies'}`);
  if (map.leftOff.labels) parts.push(`${map.leftOff.labels} exchange label${map.leftOff.labels === 1 ? '' : 's'}`);
  if (map.leftOff.names) parts.push(`${map.leftOff.names} partnership name${map.leftOff.names === 1 ? '' : 's'}`);
  if (parts.length === 0) return [];
  const text = `${parts.join(' and ')} left off for lack of room: the PDF report lists every agency, exchange and partnership, or choose a larger page.`;
  const x = key.items[0]?.sample.x ?? page.margin;
  const top = (key.headings[0]?.y ?? 0) - KEY_SIZE + key.height + 4;
  return wrapText(text, keyWidth, (t) => textWidth(t, KEY_SIZE)).map((line, i) => ({
    text: line,
    x,
    y: top + (i + 1) * KEY_SIZE * 1.3,
    size: KEY_SIZE,
    fill: INK.muted,
  }));
}

function counts(board: Board): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(board.agencies.length, 'agency', 'agencies'),
    n(board.relationships.length, 'relationship', 'relationships'),
    n(board.exchanges.length, 'exchange', 'exchanges'),
    n(board.partnerships.length, 'partnership', 'partnerships'),
  ].join(', ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 November 2026": the same on every machine, whatever its locale. */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
