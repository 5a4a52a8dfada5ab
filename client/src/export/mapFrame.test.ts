import { describe, expect, it } from 'vitest';
import { FRAME_PADDING, MAX_MAP_SIDE, frameMap } from './mapFrame.ts';

describe('frameMap', () => {
  it('frames the map at its own size and proportions, with padding all round', () => {
    const frame = frameMap({ x: 100, y: -50, width: 1800, height: 300 }, []);
    expect(frame).toMatchObject({ width: 1800 + 2 * FRAME_PADDING, height: 300 + 2 * FRAME_PADDING });
    // The top-left agency lands at the padding, whatever the current pan and zoom on screen.
    expect(frame!.viewport.zoom).toBe(1);
    expect(frame!.viewport.x + 100).toBeCloseTo(FRAME_PADDING);
    expect(frame!.viewport.y - 50).toBeCloseTo(FRAME_PADDING);
  });

  it('includes partnership outlines that reach beyond the agencies', () => {
    const frame = frameMap({ x: 0, y: 0, width: 400, height: 200 }, [{ x: -20, y: -20, width: 440, height: 240 }]);
    expect(frame).toMatchObject({ width: 440 + 2 * FRAME_PADDING, height: 240 + 2 * FRAME_PADDING });
    expect(frame!.viewport.x).toBeCloseTo(20 + FRAME_PADDING);
  });

  it('scales a very large map down so the image stays within what a browser can draw', () => {
    const frame = frameMap({ x: 0, y: 0, width: 12000, height: 3000 }, [])!;
    expect(frame.width).toBeLessThanOrEqual(MAX_MAP_SIDE);
    expect(frame.viewport.zoom).toBeLessThan(1);
    expect((frame.width - 2 * FRAME_PADDING) / (frame.height - 2 * FRAME_PADDING)).toBeCloseTo(4, 1);
  });

  it('has nothing to frame on an empty board', () => {
    expect(frameMap(undefined, [])).toBeUndefined();
    expect(frameMap({ x: 0, y: 0, width: 0, height: 0 }, [])).toBeUndefined();
  });
});
