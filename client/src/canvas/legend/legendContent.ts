import {
  INTEGRATION_DEGREES,
  INTEGRATION_LABELS,
  SECTORS,
  SECTOR_LABELS,
  type Board,
  type Integration,
} from '@partnermap/shared/model';
import { INTEGRATION_STROKE, SECTOR_COLOURS } from '../palette.ts';

export interface LegendSector {
  label: string;
  colour: string;
}

export interface LegendDegree {
  degree: Integration;
  label: string;
  width: number;
  dash: string | undefined;
}

/** What an exported image's legend explains: only what a reader of this board's map will meet. */
export interface LegendContent {
  sectors: LegendSector[];
  degrees: LegendDegree[];
  /** Whether to explain the dashed outline: only when the board has partnerships. */
  partnerships: boolean;
  /** Whether to explain the exchange labels and the one-way warning: only when there are exchanges. */
  exchanges: boolean;
}

/**
 * The legend of an exported map. Sectors are those on the board, in the usual order; all four
 * degrees of integration are listed, since the scale only reads as a whole.
 */
export function legendFor(board: Board): LegendContent {
  const used = new Set(board.agencies.map((a) => a.sector));
  return {
    sectors: SECTORS.filter((s) => used.has(s)).map((s) => ({ label: SECTOR_LABELS[s], colour: SECTOR_COLOURS[s] })),
    degrees: INTEGRATION_DEGREES.map((d) => ({ degree: d, label: INTEGRATION_LABELS[d], ...INTEGRATION_STROKE[d] })),
    partnerships: board.partnerships.length > 0,
    exchanges: board.exchanges.length > 0,
  };
}
