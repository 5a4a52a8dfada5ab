import type { Agency } from '../model/agency.ts';
import { SECTOR_LABELS } from '../model/sector.ts';
import { grow, inside, overlaps, type Rect } from './geometry.ts';
import { MIN_TEXT_PT } from './style.ts';
import { textWidth, wrapText } from './textWidth.ts';

/** An agency's card on the page: its box and the lines of its name and sector. */
export interface Card {
  agency: Agency;
  rect: Rect;
  nameLines: string[];
  nameSize: number;
  sectorText: string;
  sectorSize: number;
}

/** The screen's card, in board units: positions are its top-left corner. */
const SCREEN_CARD = { width: 200, height: 70 };
const GAP = 8;
const STRETCH = 1.5;
export const CARD_PAD = 4;
export const BAND = 4;
export const LINE = 1.2;
/** Long NHS names ("… NHS Foundation Trust Discharge to Assess Team") need four or five lines on a narrow card. */
const NAME_LINES = 5;

export interface PlacedCards {
  cards: Card[];
  /** How much thinner than on screen the map's lines are drawn. */
  scale: number;
  /** Cards that did not fit inside the area even as name-only cards on a grid. */
  offPage: number;
}

interface Shape {
  nameSize: number;
  width: number;
  nameLines: number;
  sector: boolean;
}

/**
 * Places every agency's card inside the map area at the board's proportions. The map is scaled to
 * fit, but the cards' text never goes below 7 pt: on a crowded board cards keep a readable size
 * and are pushed apart; if that still leaves overlaps they go to the nearest free cell of a grid,
 * which keeps the board's rough geography; if the grid has too few cells, cards shrink to their
 * name on two lines (the sector shows by colour, explained in the key). Past that (about 80
 * agencies on A4, over 200 on A3) cards run off the area, and the page says how many.
 */
export function placeCards(agencies: readonly Agency[], area: Rect): PlacedCards {
  if (agencies.length === 0) return { cards: [], scale: 1, offPage: 0 };
  const xs = agencies.map((a) => a.position.x);
  const ys = agencies.map((a) => a.position.y);
  const natural = Math.min(
    area.width / (Math.max(...xs) - Math.min(...xs) + SCREEN_CARD.width),
    area.height / (Math.max(...ys) - Math.min(...ys) + SCREEN_CARD.height),
  );
  // Lines are drawn thinner on a zoomed-out map, as on screen, but never hairlines.
  const scale = clamp(natural, 0.4, 1);
  const nameSize = clamp(13 * natural, MIN_TEXT_PT + 0.5, 10);
  const full = agencies.map((a) =>
    shapeCard(a, { nameSize, width: clamp(SCREEN_CARD.width * natural, nameSize * 10, nameSize * 13), nameLines: NAME_LINES, sector: true }),
  );
  if (arrange(full, area)) return { cards: full, scale, offPage: 0 };
  const compact = agencies.map((a) => shapeCard(a, { nameSize: MIN_TEXT_PT, width: MIN_TEXT_PT * 9, nameLines: 2, sector: false }));
  arrange(compact, area);
  return { cards: compact, scale, offPage: compact.filter((c) => !inside(c.rect, area)).length };
}

/** Cards at the board's proportions, pushed apart, else on a grid; false when the grid overflows the area. */
function arrange(cards: Card[], area: Rect): boolean {
  const xs = cards.map((c) => c.agency.position.x);
  const ys = cards.map((c) => c.agency.position.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX;
  const spanY = Math.max(...ys) - minY;
  const tallest = Math.max(...cards.map((c) => c.rect.height));
  const widest = Math.max(...cards.map((c) => c.rect.width));
  const fitX = spanX > 0 ? Math.max(0, (area.width - widest) / spanX) : Infinity;
  const fitY = spanY > 0 ? Math.max(0, (area.height - tallest) / spanY) : Infinity;
  // A wide board on a tall page (or the reverse) may stretch by up to half again one way, so the
  // page is used without losing the board's rough geography.
  const even = Math.min(fitX, fitY);
  const scaleX = Number.isFinite(even) ? Math.min(fitX, even * STRETCH) : 0;
  const scaleY = Number.isFinite(even) ? Math.min(fitY, even * STRETCH) : 0;
  const offX = area.x + (area.width - spanX * scaleX) / 2;
  const offY = area.y + (area.height - spanY * scaleY) / 2;
  for (const [i, card] of cards.entries()) {
    card.rect.x = offX + (xs[i]! - minX) * scaleX - card.rect.width / 2;
    card.rect.y = offY + (ys[i]! - minY) * scaleY - card.rect.height / 2;
  }
  return pushApart(cards, area) || toGrid(cards, area, widest, tallest);
}

/** A card of the shape's width, or wider, up to half again, when the name would otherwise be cut short. */
function shapeCard(agency: Agency, shape: Shape): Card {
  const { nameSize } = shape;
  const sectorSize = MIN_TEXT_PT;
  const name = agency.name || 'Unnamed agency';
  const linesAt = (w: number) => wrapText(name, w - BAND - 2 * CARD_PAD, (t) => textWidth(t, nameSize, true), shape.nameLines);
  const whole = (lines: string[]) => lines.join(' ') === name.replace(/\s+/g, ' ').trim();
  let width = shape.width;
  let nameLines = linesAt(width);
  // Name-only cards are for boards with no room to spare: their names are cut short instead.
  while (shape.sector && !whole(nameLines) && width < shape.width * 1.5) {
    width += nameSize;
    nameLines = linesAt(width);
  }
  const sectorText = shape.sector
    ? (wrapText(SECTOR_LABELS[agency.sector], width - BAND - 2 * CARD_PAD, (t) => textWidth(t, sectorSize), 1)[0] ?? '')
    : '';
  const height = 2 * CARD_PAD + nameLines.length * nameSize * LINE + (shape.sector ? sectorSize * LINE : 0) + 1;
  return { agency, rect: { x: 0, y: 0, width, height }, nameLines, nameSize, sectorText, sectorSize };
}

/** Nudges overlapping cards apart along the shorter overlap; true once none overlap inside the area. */
function pushApart(cards: Card[], area: Rect): boolean {
  for (let round = 0; round < 150; round++) {
    let moved = false;
    for (let i = 0; i < cards.length; i++) {
      for (let j = i + 1; j < cards.length; j++) {
        const a = cards[i]!.rect;
        const b = cards[j]!.rect;
        if (!overlaps(grow(a, GAP / 2), grow(b, GAP / 2))) continue;
        moved = true;
        const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + GAP;
        const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + GAP;
        const sign = (d: number, tie: number) => (d === 0 ? tie : Math.sign(d));
        if (dx < dy) {
          const s = sign(a.x - b.x, i % 2 ? 1 : -1) * (dx / 2);
          a.x += s;
          b.x -= s;
        } else {
          const s = sign(a.y - b.y, i % 2 ? 1 : -1) * (dy / 2);
          a.y += s;
          b.y -= s;
        }
      }
    }
    for (const c of cards) keepInside(c.rect, area);
    if (!moved) return true;
  }
  return false;
}

function keepInside(r: Rect, area: Rect): void {
  r.x = clamp(r.x, area.x, area.x + area.width - r.width);
  r.y = clamp(r.y, area.y, area.y + area.height - r.height);
}

/**
 * Each card, top to bottom, to the free grid cell nearest where it was; true when every card is
 * inside the area (with more cards than cells, rows run past its bottom edge).
 */
function toGrid(cards: Card[], area: Rect, width: number, height: number): boolean {
  const columns = Math.max(1, Math.floor(area.width / (width + GAP * 2)));
  const rows = Math.max(Math.ceil(cards.length / columns), Math.floor(area.height / (height + GAP)));
  // Cells share out the whole area, so that lines and labels get the room between cards.
  const cellW = area.width / columns;
  const cellH = Math.max(height + GAP, area.height / rows);
  const free = new Set(Array.from({ length: columns * rows }, (_v, i) => i));
  const order = [...cards].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
  for (const card of order) {
    const cx = card.rect.x + card.rect.width / 2;
    const cy = card.rect.y + card.rect.height / 2;
    let best = -1;
    let bestDistance = Infinity;
    for (const cell of free) {
      const x = area.x + (cell % columns) * cellW + cellW / 2;
      const y = area.y + Math.floor(cell / columns) * cellH + cellH / 2;
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      if (d < bestDistance) [best, bestDistance] = [cell, d];
    }
    free.delete(best);
    card.rect.x = area.x + (best % columns) * cellW + (cellW - card.rect.width) / 2;
    card.rect.y = area.y + Math.floor(best / columns) * cellH + (cellH - card.rect.height) / 2;
  }
  return cards.every((c) => inside(c.rect, area));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), Math.max(lo, hi));
}
