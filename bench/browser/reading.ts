/** The Node-side half of a colleague's edit: re-reading the board after one agency moved, whole or live. */
import { createBoardDocFrom, destroyBoardDoc, liveBoard, moveAgency, readBoard } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';
import { median } from '../sync/stats.ts';

/** Milliseconds to have the board read again after one move: `readBoard` (as before) and the live reading. */
export function readingAfterMove(board: Board, samples = 15): { fullReadMs: number; liveReadMs: number } {
  const doc = createBoardDocFrom(board);
  const live = liveBoard(doc);
  live.read();
  const full: number[] = [];
  const incremental: number[] = [];
  const agency = board.agencies[0]!;
  for (let i = 0; i < samples; i++) {
    moveAgency(doc, agency.id, { x: agency.position.x + i + 1, y: agency.position.y });
    let t = performance.now();
    live.read();
    incremental.push(performance.now() - t);
    t = performance.now();
    readBoard(doc);
    full.push(performance.now() - t);
  }
  destroyBoardDoc(doc);
  return { fullReadMs: median(full), liveReadMs: median(incremental) };
}
