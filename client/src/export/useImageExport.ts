import { useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { Board } from '@partnermap/shared/model';
import { nodeRect } from '../canvas/geometry.ts';
import { partnershipOutlines } from '../canvas/outlines.ts';
import { ExportFailure } from './captureMap.ts';
import { fileBase } from '@partnermap/shared/formats';
import { saveFile } from './dataFiles.ts';
import { frameMap } from './mapFrame.ts';
import { canvasToPng, PNG_SCALE, rasterise, renderMapSvg } from './renderImage.ts';

export type ImageFormat = 'png' | 'svg' | 'copy';

export type ExportStatus =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

/** Whether this browser can put a picture on the clipboard (Firefox before 127 cannot). */
export const canCopyImage = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function' && typeof ClipboardItem !== 'undefined';

/** Image export of the whole map from the live canvas, with its progress and plain-worded failures. */
export function useImageExport(board: Board) {
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  const flowEl = useStore((s) => s.domNode);
  const { getNodes, getNodesBounds, getInternalNode } = useReactFlow();

  // A success note goes away by itself; a failure stays until read and closed.
  useEffect(() => {
    if (status.state !== 'done') return;
    const timer = setTimeout(() => setStatus({ state: 'idle' }), 5000);
    return () => clearTimeout(timer);
  }, [status]);

  const render = useCallback(async () => {
    const nodes = getNodes();
    const rectOf = (id: string) => nodeRect(getInternalNode(id));
    const outlines = partnershipOutlines(board.partnerships, rectOf).map((o) => o.rect);
    const frame = frameMap(nodes.length ? getNodesBounds(nodes) : undefined, outlines);
    if (!frame || !flowEl) throw new ExportFailure('There is nothing on the map to export yet. Add an agency first.');
    return renderMapSvg(flowEl, frame, board);
  }, [board, flowEl, getNodes, getNodesBounds, getInternalNode]);

  const exportImage = useCallback(
    (format: ImageFormat) => {
      const name = fileBase(board.meta.title);
      setStatus({ state: 'busy' });
      const png = async () => canvasToPng(await rasterise(await render(), PNG_SCALE));
      let work: Promise<string>;
      if (format === 'png') {
        work = png().then((blob) => {
          saveFile(blob, `${name}.png`);
          return 'PNG saved to your downloads.';
        });
      } else if (format === 'svg') {
        work = render().then(async (image) => {
          // Drawn once, only to check the SVG is a readable, non-blank picture before saving it.
          await rasterise(image, 1);
          saveFile(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`);
          return 'SVG saved to your downloads.';
        });
      } else {
        // The clipboard write starts now, inside the click, with the picture still to come: browsers
        // only allow clipboard writes during the click that asked for them.
        const blob = png();
        work = navigator.clipboard
          .write([new ClipboardItem({ 'image/png': blob })])
          .catch(async (e: unknown) => {
            await blob; // A failed drawing explains itself better than the clipboard's error.
            throw e;
          })
          .then(() => 'Image copied. Paste it into your document.');
      }
      work.then(
        (message) => setStatus({ state: 'done', message }),
        (e: unknown) => {
          console.error('Image export failed', e);
          const message =
            e instanceof ExportFailure
              ? e.message
              : format === 'copy'
                ? 'The browser did not allow copying the image. Download the PNG instead.'
                : 'The image could not be made. Try again, or try another browser.';
          setStatus({ state: 'failed', message });
        },
      );
    },
    [board.meta.title, render],
  );

  return { status, exportImage, dismiss: () => setStatus({ state: 'idle' }) };
}
