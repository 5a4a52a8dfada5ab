import { analyseBoard } from '../analysis/analyseBoard.ts';
import type { Board } from '../model/board.ts';

/** The measures compared between two moments (MEASURES in shared/src/analysis gives their meanings). */
export const COMPARED_MEASURES = ['density', 'degreeCentralization', 'exchangeReciprocity', 'meanIntegration'] as const;
export type ComparedMeasure = (typeof COMPARED_MEASURES)[number];

export interface MeasureChange {
  measure: ComparedMeasure;
  from: number | null;
  to: number | null;
  /** to − from; null when either is not defined (no relationships). */
  change: number | null;
}

/** The network measures of two boards side by side, with their change. */
export function compareMeasures(from: Board, to: Board): MeasureChange[] {
  const before = analyseBoard(from).network;
  const after = analyseBoard(to).network;
  return COMPARED_MEASURES.map((measure) => {
    const a = before[measure];
    const b = after[measure];
    return { measure, from: a, to: b, change: a === null || b === null ? null : b - a };
  });
}
