import { OverviewPainter, SentList, type PainterMessage, type PaintReport } from './painter.ts';
import type { ToPainterWorker } from './overview.worker.ts';
import type { OverviewAgencyInput, OverviewLineInput } from './scene.ts';

/** The page's side of the overview's painter: it tells the painter of the map, the view and the look. */
export interface OverviewPainting {
  /** The map as it is now: only what changed since the last call goes to the painter. */
  map(agencies: readonly OverviewAgencyInput[], lines: readonly OverviewLineInput[]): void;
  tell(message: Exclude<PainterMessage, { kind: 'map' }>): void;
  stop(): void;
}

function painting(send: (message: PainterMessage) => void, stop: () => void): OverviewPainting {
  const agencies = new SentList<OverviewAgencyInput>();
  const lines = new SentList<OverviewLineInput>();
  return {
    map: (a, l) => send({ kind: 'map', agencies: agencies.changes(a), lines: lines.changes(l) }),
    tell: send,
    stop,
  };
}

let spare: Worker | undefined;
let spareEnding: ReturnType<typeof setTimeout> | undefined;
/** Painting workers in use: with one, the overview is up and needs no spare. */
let inUse = 0;

/**
 * A canvas can be handed to a worker only once, and React's development mode stops and starts
 * an effect at once: a stopped worker is ended a moment later, and a start on its canvas before
 * then takes it back.
 */
interface HandedOver {
  painting: OverviewPainting;
  ending?: ReturnType<typeof setTimeout>;
}
const handedOver = new WeakMap<HTMLCanvasElement, HandedOver>();

function newWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./overview.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/** Whether a canvas can be handed to a worker here at all: where not, a worker would never be used. */
function canPaintInWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof HTMLCanvasElement !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
}

/**
 * Starts the painter's worker ahead of the overview: as a board's page loads (the board may be
 * big), and when a board becomes big. A worker's start needs the page's main thread a few times,
 * and reading a big board holds that thread for a second: a worker started when the overview
 * mounted began a tenth of a second later; one started with the page is ready by then. A spare
 * started on a guess is ended after `endAfterMs` unless the overview takes it or a big board
 * asks for it to be kept (a call without `endAfterMs`).
 */
export function prepareOverviewWorker(endAfterMs?: number): void {
  clearTimeout(spareEnding);
  if (!spare && inUse === 0 && canPaintInWorker()) {
    const worker = (spare = newWorker());
    // One that fails before it is used is dropped: the overview then starts another, or paints here.
    worker?.addEventListener('error', () => {
      worker.terminate();
      if (spare === worker) spare = undefined;
    });
  }
  if (spare && endAfterMs !== undefined) spareEnding = setTimeout(endSpare, endAfterMs);
}

/**
 * A spare worker never used (the map left before its overview opened) is ended a moment later:
 * React's development mode stops and starts an effect at once, and the start keeps it.
 */
export function dropSpareOverviewWorker(): void {
  clearTimeout(spareEnding);
  spareEnding = setTimeout(endSpare);
}

function endSpare(): void {
  spareEnding = undefined;
  spare?.terminate();
  spare = undefined;
}

/**
 * Paints in a worker, on the canvas handed over to it: undefined where the browser cannot. Should
 * the worker fail (its script cannot load, say, offline before it was ever fetched), `onFailed`
 * hears of it; the canvas is the worker's for good by then, so painting here needs a new one.
 */
export function paintInWorker(canvas: HTMLCanvasElement, onPainted: (report: PaintReport) => void, onFailed: () => void): OverviewPainting | undefined {
  // The same canvas again (React's development mode): the first call's handlers stay, which is
  // right as long as they are the same element's and component's, as they are there.
  const again = handedOver.get(canvas);
  if (again) {
    clearTimeout(again.ending);
    return again.painting;
  }
  if (!canPaintInWorker()) return undefined;
  const worker = spare ?? newWorker();
  spare = undefined;
  clearTimeout(spareEnding);
  if (!worker) return undefined;
  inUse++;
  const post = (message: ToPainterWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const offscreen = canvas.transferControlToOffscreen();
  post({ kind: 'canvas', canvas: offscreen }, [offscreen]);
  worker.addEventListener('message', (e: MessageEvent<PaintReport>) => onPainted(e.data));
  worker.addEventListener('error', () => {
    worker.terminate();
    onFailed();
  });
  const kept: HandedOver = {
    painting: painting(post, () => {
      kept.ending = setTimeout(() => {
        handedOver.delete(canvas);
        inUse--;
        worker.terminate();
      });
    }),
  };
  handedOver.set(canvas, kept);
  return kept.painting;
}

/** Paints on the page's own main thread, once a frame at most. */
export function paintHere(canvas: HTMLCanvasElement, onPainted: (report: PaintReport) => void): OverviewPainting {
  const painter = new OverviewPainter();
  let frame = 0;
  const paint = () => {
    frame = 0;
    const report = painter.paint(canvas);
    if (report) onPainted(report);
  };
  return painting(
    (message) => {
      painter.receive(message);
      frame ||= requestAnimationFrame(paint);
    },
    () => cancelAnimationFrame(frame),
  );
}
