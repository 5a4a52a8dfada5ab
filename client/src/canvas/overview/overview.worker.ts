/**
 * The overview painted off the page's main thread, on the canvas the page hands over: a
 * colleague's move or a pan costs the page only the message that tells of it, while building
 * the scene, painting it and handing the canvas to the screen happen here.
 */
import { OverviewPainter, type PainterMessage } from './painter.ts';

export type ToPainterWorker = { kind: 'canvas'; canvas: OffscreenCanvas } | PainterMessage;

const painter = new OverviewPainter();
let canvas: OffscreenCanvas | undefined;
let scheduled = false;
// Workers paint in step with the screen where the browser lets them.
const nextFrame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (paint: () => void) => setTimeout(paint, 16);

function paint() {
  scheduled = false;
  const report = canvas && painter.paint(canvas);
  if (report) postMessage(report);
}

addEventListener('message', (e: MessageEvent<ToPainterWorker>) => {
  if (e.data.kind === 'canvas') {
    canvas = e.data.canvas;
    // Thrown, it reaches the page as the worker's error, and the page paints the overview itself.
    if (!canvas.getContext('2d')) throw new Error('the overview cannot paint in a worker here: no 2D context');
  } else painter.receive(e.data);
  if (scheduled) return;
  scheduled = true;
  nextFrame(paint);
});
