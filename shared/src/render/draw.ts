import { escapeXml } from '../formats/xml.ts';
import type { Card } from './cards.ts';
import { BAND, CARD_PAD, LINE } from './cards.ts';
import type { Point, Rect } from './geometry.ts';
import { arrowSlot, LABEL_LINE, LABEL_PAD } from './labels.ts';
import { el, pathOf, text } from './svg.ts';
import { DIMMED_OPACITY, INK, SECTOR_COLOURS } from './style.ts';

/** Drawing of single marks, shared by the map and its key so the key shows exactly what the map draws. */

export function dimmed(dim: boolean): { opacity?: number } {
  return dim ? { opacity: DIMMED_OPACITY } : {};
}

export function drawCard(card: Card, dim: boolean): string {
  const { x, y, width, height } = card.rect;
  const nameTop = y + CARD_PAD + card.nameSize * 0.95;
  const sectorY = y + CARD_PAD + card.nameLines.length * card.nameSize * LINE + card.sectorSize * 0.95 + 1;
  const tx = x + BAND + CARD_PAD;
  return el(
    'g',
    { ...dimmed(dim), class: 'agency' },
    el('title', {}, escapeXml(card.agency.name || 'Unnamed agency')) +
      el('rect', { x, y, width, height, rx: 3, fill: SECTOR_COLOURS[card.agency.sector] }) +
      el('rect', { x: x + BAND, y: y + 0.4, width: width - BAND - 0.4, height: height - 0.8, fill: '#ffffff' }) +
      el('rect', { x, y, width, height, rx: 3, fill: 'none', stroke: INK.cardBorder, 'stroke-width': 0.75 }) +
      text(card.nameLines, tx, nameTop, card.nameSize, { 'font-weight': 'bold', fill: INK.text }, LINE) +
      (card.sectorText ? text([card.sectorText], tx, sectorY, card.sectorSize, { fill: INK.muted }) : ''),
  );
}

/** An arrow centred on `at`, pointing along `angle`: shaft and head as one shape. */
export function drawArrow(at: Point, angle: number, size: number, fill: string): string {
  const shape = [
    [-0.45, -0.09], [0.02, -0.09], [0.02, -0.3], [0.45, 0], [0.02, 0.3], [0.02, 0.09], [-0.45, 0.09],
  ] as const;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const points = shape.map(([u, v]) => ({ x: at.x + (u * cos - v * sin) * size, y: at.y + (u * sin + v * cos) * size }));
  return el('path', { d: pathOf(points), fill });
}

export interface LabelShape {
  rect: Rect;
  lines: readonly string[];
  size: number;
  angle: number;
  oneWay: boolean;
}

export function drawLabel(label: LabelShape, dim: boolean): string {
  const { rect, size } = label;
  const firstBaseline = rect.y + LABEL_PAD + size * 0.93;
  const slot = arrowSlot(size);
  const arrowAt = { x: rect.x + LABEL_PAD + slot / 2, y: firstBaseline - size * 0.33 };
  return el(
    'g',
    { ...dimmed(dim), class: 'exchange-label' },
    el('rect', {
      ...rect,
      rx: 2,
      fill: label.oneWay ? INK.oneWayFill : INK.labelFill,
      stroke: label.oneWay ? INK.oneWayBorder : INK.labelBorder,
      'stroke-width': 0.6,
    }) +
      drawArrow(arrowAt, label.angle, size, label.oneWay ? INK.oneWayText : INK.muted) +
      text(label.lines, rect.x + LABEL_PAD + slot, firstBaseline, size, { fill: label.oneWay ? INK.oneWayText : INK.text }, LABEL_LINE),
  );
}

export function drawDiamond(r: Rect, dim: boolean): string {
  const c = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  const h = r.width / 2;
  const points = [{ x: c.x, y: c.y - h }, { x: c.x + h, y: c.y }, { x: c.x, y: c.y + h }, { x: c.x - h, y: c.y }];
  return el('path', { d: pathOf(points), fill: INK.disagree, stroke: '#ffffff', 'stroke-width': 0.8, ...dimmed(dim) });
}

export function drawHullShape(points: readonly Point[], dim: boolean): string {
  return el('path', {
    d: pathOf(points),
    fill: INK.hullFill,
    'fill-opacity': 0.55,
    stroke: INK.hull,
    'stroke-width': 1,
    'stroke-dasharray': '4 3',
    'stroke-linejoin': 'round',
    ...dimmed(dim),
  });
}
