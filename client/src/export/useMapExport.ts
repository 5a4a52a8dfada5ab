import { useCallback, useEffect, useState } from 'react';
import type { Board } from '@partnermap/shared/model';
import { fileBase } from '@partnermap/shared/formats';
import type { MapView, PageId } from '@partnermap/shared/render';
import { saveFile } from './dataFiles.ts';
import { pngSize } from './pageChoice.ts';
import { canvasToPng, drawMap, ExportFailure, rasterise } from './renderImage.ts';
import { fetchReport } from './reportDownload.ts';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'copy';

export type ExportStatus =
  | { state: 'idle' }
  | { state: 'busy'; message: string }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

/** Whether this browser can put a picture on the clipboard (Firefox before 127 cannot). */
export const canCopyImage = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function' && typeof ClipboardItem !== 'undefined';

/** A copied picture is pasted into documents and emails: 192 dpi keeps it sharp and light. */
const COPY_SCALE = 2;

const BUSY: Record<ExportFormat, string> = {
  png: 'Drawing the PNG picture…',
  svg: 'Drawing the map…',
  pdf: 'Asking the server for the report…',
  copy: 'Drawing the picture to copy…',
};

const FAILED: Record<ExportFormat, string> = {
  png: 'The picture could not be made. Try again, or try another browser.',
  svg: 'The drawing could not be made. Try again, or try another browser.',
  pdf: 'The report could not be fetched. Try again.',
  copy: 'The browser did not allow copying the image. Download the PNG instead.',
};

/** Lets the busy note show before drawing, which holds the page for a moment on a large board. */
const painted = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

/**
 * The map drawn from the board's data (the same drawing as the server's map.svg) as SVG, PNG or
 * on the clipboard, and the server's PDF report; with progress and plain-worded failures.
 */
export function useMapExport(board: Board, page: PageId, view: MapView) {
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });

  // A success note goes away by itself; a failure stays until read and closed.
  useEffect(() => {
    if (status.state !== 'done') return;
    const timer = setTimeout(() => setStatus({ state: 'idle' }), 5000);
    return () => clearTimeout(timer);
  }, [status]);

  const run = useCallback(
    (format: ExportFormat) => {
      const name = `${fileBase(board.meta.title)} map ${page}`;
      setStatus({ state: 'busy', message: BUSY[format] });
      const png = async (scale?: number) => {
        await painted();
        const map = drawMap(board, page, view);
        return canvasToPng(await rasterise(map, pngSize(page, scale)));
      };
      let work: Promise<string>;
      if (format === 'svg') {
        work = painted().then(() => {
          saveFile(new Blob([drawMap(board, page, view).svg], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`);
          return 'SVG saved to your downloads.';
        });
      } else if (format === 'png') {
        work = png().then((blob) => {
          saveFile(blob, `${name}.png`);
          return 'PNG saved to your downloads.';
        });
      } else if (format === 'pdf') {
        work = fetchReport().then((blob) => {
          saveFile(blob, `${fileBase(board.meta.title)} report.pdf`);
          return 'PDF report saved to your downloads.';
        });
      } else {
        // The clipboard write starts now, inside the click, with the picture still to come: browsers
        // only allow clipboard writes during the click that asked for them.
        const blob = png(COPY_SCALE);
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
          // An ExportFailure is already the whole story, told on screen; anything else is a fault to find.
          if (e instanceof ExportFailure) return setStatus({ state: 'failed', message: e.message });
          console.error('Export failed', e);
          setStatus({ state: 'failed', message: FAILED[format] });
        },
      );
    },
    [board, page, view],
  );

  return { status, run, dismiss: useCallback(() => setStatus({ state: 'idle' }), []) };
}
