import { escapeXml } from '../formats/xml.ts';
import { num } from './geometry.ts';

type Attributes = Record<string, string | number | undefined>;

/** ` name="value"` pairs; numbers are rounded, undefined values left out. */
export function attrs(a: Attributes): string {
  return Object.entries(a)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`)
    .join('');
}

export function el(tag: string, a: Attributes, children?: string): string {
  return children === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

/** Text as a real `<text>` element, escaped; several lines become tspans of one element. */
export function text(lines: readonly string[], x: number, y: number, size: number, a: Attributes = {}, lineHeight = 1.2): string {
  const body =
    lines.length === 1
      ? escapeXml(lines[0] ?? '')
      : lines.map((l, i) => el('tspan', { x, dy: i === 0 ? undefined : size * lineHeight }, escapeXml(l))).join('');
  return el('text', { x, y, 'font-size': size, ...a }, body);
}

export function pathOf(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ') + ' Z';
}
