import { toSvg } from 'html-to-image';
import type { MapFrame } from './mapFrame.ts';

/** Thrown with words fit to show the person exporting. */
export class ExportFailure extends Error {}

/** Marks the flow while it is captured, so styles.css-level selection looks are switched off. */
export const EXPORTING_CLASS = 'is-exporting';

/**
 * What stays out of the image: connection handles, selection boxes, colleagues' cursors and
 * anything marked `data-export="skip"`. Cursors are matched by name because they belong to the
 * presence layer, which this module does not know.
 */
export function keepInImage(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (node.getAttribute('data-export') === 'skip') return false;
  const names = typeof node.className === 'string' ? node.className : node.getAttribute('class') ?? '';
  return !/\breact-flow__(handle|nodesselection|selection)\b|\bpeer-|cursor|presence/i.test(names);
}

/** SVG paint properties copied onto the image, since html-to-image leaves them behind (see below). */
const SVG_PAINT = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap',
  'stroke-linejoin', 'stroke-opacity', 'opacity', 'visibility', 'display', 'color',
] as const;

/**
 * The whole map as an SVG element (markup), framed as in React Flow's "download image" example:
 * the `.react-flow__viewport` element is cloned with the frame's transform instead of the
 * screen's, so agencies out of view are drawn too.
 */
export async function captureMap(viewportEl: HTMLElement, frame: MapFrame): Promise<string> {
  const { width, height, viewport } = frame;
  let dataUrl: string;
  try {
    dataUrl = await toSvg(viewportEl, {
      width,
      height,
      style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
      filter: keepInImage,
      // The app uses the system's fonts only, so there are no web fonts to embed.
      skipFonts: true,
    });
  } catch (e) {
    throw new ExportFailure(`The map could not be drawn (${e instanceof Error ? e.message : 'unknown reason'}).`);
  }
  const comma = dataUrl.indexOf(',');
  const doc = new DOMParser().parseFromString(decodeURIComponent(dataUrl.slice(comma + 1)), 'image/svg+xml');
  if (doc.querySelector('parsererror') || !doc.documentElement.querySelector('foreignObject')) {
    throw new ExportFailure('The map could not be drawn (the browser produced an unreadable picture).');
  }
  paintSvgParts(viewportEl, doc.documentElement);
  return new XMLSerializer().serializeToString(doc.documentElement);
}

/**
 * html-to-image 1.11.12+ copies an <svg> element whole, without the computed styles of what is
 * inside it (bubkoo/html-to-image#516), so relationship lines styled by CSS come out invisible.
 * This copies those styles across, pairing the live SVGs with their copies in document order.
 */
function paintSvgParts(live: HTMLElement, image: Element): void {
  const outermost = (root: Element, kept: (el: Element) => boolean) =>
    [...root.querySelectorAll('svg')].filter((svg) => {
      const outer = svg.parentElement?.closest('svg');
      return (!outer || !root.contains(outer)) && kept(svg);
    });
  const shown = (el: Element) => {
    for (let e: Element | null = el; e && e !== live; e = e.parentElement) if (!keepInImage(e)) return false;
    return true;
  };
  const liveSvgs = outermost(live, shown);
  const imageSvgs = outermost(image.querySelector('foreignObject') ?? image, () => true);
  if (liveSvgs.length !== imageSvgs.length) return;
  liveSvgs.forEach((svg, i) => {
    const from = [...svg.querySelectorAll('*')];
    const to = [...imageSvgs[i]!.querySelectorAll('*')];
    if (from.length !== to.length) return;
    from.forEach((el, j) => {
      const computed = getComputedStyle(el);
      const target = to[j] as SVGElement;
      for (const p of SVG_PAINT) target.style.setProperty(p, computed.getPropertyValue(p));
    });
  });
}
