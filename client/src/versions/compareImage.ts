import { saveFile } from '../export/dataFiles.ts';

/** The SVG as a standalone file: its styles are inline, so it draws the same anywhere. */
function svgText(svg: SVGSVGElement): string {
  return new XMLSerializer().serializeToString(svg);
}

export function saveCompareSvg(svg: SVGSVGElement, name: string): void {
  saveFile(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** A PNG at twice the drawing's size, drawn through an <img> from a blob: URL (the CSP allows it). */
export async function saveComparePng(svg: SVGSVGElement, name: string): Promise<void> {
  const width = Number(svg.getAttribute('width')) * 2;
  const height = Number(svg.getAttribute('height')) * 2;
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot make pictures (no canvas).');
  ctx.drawImage(img, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture was too large to save as PNG.');
  saveFile(blob, `${name}.png`);
}
