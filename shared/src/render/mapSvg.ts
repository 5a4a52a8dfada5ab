import type { Board } from '../model/board.ts';
import { escapeXml } from '../formats/xml.ts';
import { drawCard, drawDiamond, drawHullShape, drawLabel, dimmed } from './draw.ts';
import { SAMPLE_LABEL, type KeyItem, type KeyLayout } from './key.ts';
import { labelSize } from './labels.ts';
import { layoutPage, type PageLayout, type PageOptions, type PageText } from './layoutPage.ts';
import type { PlacedName } from './scene.ts';
import { el, text } from './svg.ts';
import { FONT_FAMILY, INK, INTEGRATION_STROKE, SECTOR_COLOURS } from './style.ts';

/**
 * The board drawn on a page as one SVG document of plain shapes and text: no foreignObject, no
 * scripts, no external files, so rsvg, Inkscape, Word, PowerPoint and PDF converters all show it.
 * The viewBox is in points and the size in millimetres, so it prints at the page's real size.
 */
export function mapSvg(board: Board, options: PageOptions): string {
  return pageSvg(layoutPage(board, options), board.meta.title);
}

export function pageSvg(layout: PageLayout, title: string): string {
  const { page, map } = layout;
  const body = [
    el('rect', { width: page.width, height: page.height, fill: '#ffffff' }),
    ...layout.header.map(drawText),
    el('line', { x1: page.margin, y1: layout.ruleY, x2: page.width - page.margin, y2: layout.ruleY, stroke: INK.rule, 'stroke-width': 0.75 }),
    el(
      'g',
      { class: 'map' },
      [
        ...map.hulls.map((h) => drawHullShape(h.points, h.dimmed)),
        ...map.edges.map((e) =>
          el('line', {
            x1: e.from.x,
            y1: e.from.y,
            x2: e.to.x,
            y2: e.to.y,
            stroke: INK.edge,
            'stroke-width': e.width,
            'stroke-dasharray': e.dash.length ? e.dash.map((d) => Math.round(d * 100) / 100).join(' ') : undefined,
            'stroke-linecap': 'round',
            ...dimmed(e.dimmed),
          }),
        ),
        ...map.marks.map((m) => drawDiamond(m.rect, m.dimmed)),
        ...map.cards.map((c) => drawCard(c, c.dimmed)),
        ...map.hulls.flatMap((h) => (h.name ? [drawName(h.name, h.dimmed)] : [])),
        ...map.labels.map((l) => drawLabel(l, l.dimmed)),
      ].join(''),
    ),
    drawKey(layout.key),
    ...layout.notes.map(drawText),
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${page.widthMm}mm" height="${page.heightMm}mm" ` +
    `viewBox="0 0 ${page.width} ${page.height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(title || 'Untitled board')}</title>` +
    body.join('') +
    '</svg>'
  );
}

/** A partnership's name on a pale backing, so the lines it crosses do not cut through the words. */
function drawName(name: PlacedName, dim: boolean): string {
  return el(
    'g',
    dimmed(dim),
    el('rect', { ...name.rect, rx: 2, fill: '#ffffff', 'fill-opacity': 0.85 }) +
      text([name.text], name.rect.x + 2, name.rect.y + name.size * 0.98, name.size, { 'font-weight': 'bold', fill: INK.hull }),
  );
}

function drawText(t: PageText): string {
  return text([t.text], t.x, t.y, t.size, { fill: t.fill, 'font-weight': t.bold ? 'bold' : undefined });
}

function drawKey(key: KeyLayout): string {
  const headings = key.headings.map((h) =>
    text([h.text], h.x, h.y, key.size - 0.5, { fill: INK.faint, 'font-weight': 'bold', 'letter-spacing': 0.5 }),
  );
  const items = key.items.map((item) => drawSample(item, key.size) + text(item.lines, item.labelX, item.labelY, key.size, { fill: INK.text }, 1.25));
  return el('g', { class: 'key' }, [...headings, ...items].join(''));
}

function drawSample(item: KeyItem, size: number): string {
  const r = item.sample;
  const midY = item.labelY - size * 0.33;
  const s = item.symbol;
  switch (s.kind) {
    case 'sector':
      return el('rect', { x: r.x, y: midY - r.width / 2, width: r.width, height: r.width, rx: 2, fill: SECTOR_COLOURS[s.sector] });
    case 'degree': {
      const stroke = INTEGRATION_STROKE[s.degree];
      return el('line', {
        x1: r.x + 2,
        y1: midY,
        x2: r.x + r.width - 2,
        y2: midY,
        stroke: INK.edge,
        'stroke-width': stroke.width * 0.7,
        'stroke-dasharray': stroke.dash.length ? stroke.dash.map((d) => d * 0.7).join(' ') : undefined,
        'stroke-linecap': 'round',
      });
    }
    case 'partnership':
      return drawHullShape(
        [
          { x: r.x, y: midY - size * 0.55 },
          { x: r.x + r.width, y: midY - size * 0.55 },
          { x: r.x + r.width, y: midY + size * 0.55 },
          { x: r.x, y: midY + size * 0.55 },
        ],
        false,
      );
    case 'exchange':
    case 'one-way':
    case 'count': {
      const lines = SAMPLE_LABEL[s.kind];
      const box = labelSize(lines, size);
      const rect = { x: r.x, y: midY - box.height / 2, ...box };
      return drawLabel({ rect, lines, size, angle: 0, oneWay: s.kind === 'one-way' }, false);
    }
    case 'disagreement':
      return drawDiamond({ x: r.x + 1, y: midY - size / 2 + 1, width: size - 2, height: size - 2 }, false);
    case 'dimmed':
      return el('g', dimmed(true), el('rect', { x: r.x, y: midY - size * 0.55, width: r.width, height: size * 1.1, rx: 2, fill: SECTOR_COLOURS.other, stroke: INK.cardBorder }));
  }
}
