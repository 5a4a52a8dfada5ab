import { escapeXml } from '@partnermap/shared/formats';
import { exchangeSampleWidth, SAMPLE_WIDTH, type ImageLayout, type LegendItem, type Measure, type TextStyle } from './imageLayout.ts';

const FAMILY = "Inter, 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";

/** The font of each kind of text, shared by the SVG and by the measuring done for the layout. */
export const FONTS: Record<TextStyle, { size: number; weight: number; colour: string; spacing?: number }> = {
  title: { size: 24, weight: 700, colour: '#172033' },
  date: { size: 14, weight: 400, colour: '#475166' },
  heading: { size: 11, weight: 700, colour: '#6b7486', spacing: 0.66 },
  item: { size: 13, weight: 400, colour: '#172033' },
};

export function cssFont(style: TextStyle): string {
  return `${FONTS[style].weight} ${FONTS[style].size}px ${FAMILY}`;
}

function text(style: TextStyle, x: number, y: number, content: string, colour = FONTS[style].colour): string {
  const f = FONTS[style];
  const spacing = f.spacing ? ` letter-spacing="${f.spacing}"` : '';
  return `<text x="${x}" y="${y}" font-size="${f.size}" font-weight="${f.weight}" fill="${colour}"${spacing}>${escapeXml(content)}</text>`;
}

function item(i: LegendItem, measure: Measure): string {
  const mid = i.y + 12;
  const labelAt = (sample: number) => text('item', i.x + sample + 8, i.y + 16.5, i.label);
  switch (i.kind) {
    case 'sector':
      return (
        `<rect x="${i.x}" y="${mid - 7}" width="14" height="14" rx="4" fill="${i.sector.colour}" stroke="rgba(0,0,0,0.15)"/>` +
        labelAt(SAMPLE_WIDTH.sector)
      );
    case 'degree': {
      const dash = i.degree.dash ? ` stroke-dasharray="${i.degree.dash}"` : '';
      return (
        `<line x1="${i.x + 3}" y1="${mid}" x2="${i.x + 41}" y2="${mid}" stroke="#334155" stroke-width="${i.degree.width}" stroke-linecap="round"${dash}/>` +
        labelAt(SAMPLE_WIDTH.degree)
      );
    }
    case 'partnership':
      return (
        `<rect x="${i.x + 0.75}" y="${mid - 8}" width="28.5" height="16" rx="6" fill="rgba(100,116,139,0.05)" stroke="#7c8799" stroke-width="1.5" stroke-dasharray="4 3"/>` +
        labelAt(SAMPLE_WIDTH.partnership)
      );
    case 'exchange': {
      const w = exchangeSampleWidth(i.sample, i.oneWay, measure);
      const fill = i.oneWay ? '#fff4e0' : '#ffffff';
      const stroke = i.oneWay ? '#f0b65a' : '#cfd6e0';
      const sampleText = measure(i.sample, 'item');
      const badge = i.oneWay
        ? `<rect x="${i.x + 16 + sampleText}" y="${mid - 7}" width="${measure('ONE-WAY', 'heading') + 10}" height="14" rx="7" fill="#f6d9a8"/>` +
          text('heading', i.x + 21 + sampleText, mid + 4, 'ONE-WAY', '#8a4b00')
        : '';
      return (
        `<rect x="${i.x + 0.5}" y="${mid - 10}" width="${w - 1}" height="20" rx="10" fill="${fill}" stroke="${stroke}"/>` +
        text('item', i.x + 8, i.y + 16.5, i.sample) +
        badge +
        labelAt(w)
      );
    }
  }
}

/**
 * The exported image as one SVG document: white page, title and date, the map (an SVG of
 * html-to-image, kept as markup so agency names stay text in the file), and the legend drawn as
 * plain SVG so it stays sharp at any size.
 */
export function composeSvg(layout: ImageLayout, mapSvg: string, title: string, measure: Measure): string {
  const { width, height } = layout;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...layout.title.map((t) => text('title', t.x, t.y, t.text)),
    text('date', layout.date.x, layout.date.y, layout.date.text),
    `<g transform="translate(${layout.map.x} ${layout.map.y})">${mapSvg}</g>`,
    `<line x1="32" y1="${layout.ruleY}" x2="${width - 32}" y2="${layout.ruleY}" stroke="#dde2ea"/>`,
    ...layout.headings.map((h) => text('heading', h.x, h.y, h.text)),
    ...layout.items.map((i) => item(i, measure)),
    '</svg>',
  ].join('\n');
}
