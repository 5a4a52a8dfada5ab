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

/**
 * Where a legend is shown. On screen it is also where people learn the map's language before
 * using it, so it explains everything: every sector while the board has no agency yet, and the
 * exchange labels and partnership outline even before there are any. An exported image explains
 * only what a reader of that map will meet.
 */
export type LegendPlace = 'screen' | 'image';

/** What a legend explains, for the panel on the board and for an exported image alike. */
export interface LegendContent {
  sectors: LegendSector[];
  degrees: LegendDegree[];
  /** Whether to explain the dashed partnership outline. */
  partnerships: boolean;
  /** Whether to explain the exchange labels and the one-way warning. */
  exchanges: boolean;
}

/**
 * The one legend model. Sectors are those on the board, in the usual order (on screen, all of
 * them while the board has no agency); all four degrees of integration are listed, since the
 * scale only reads as a whole.
 */
export function legendFor(board: Board, place: LegendPlace): LegendContent {
  const used = new Set(board.agencies.map((a) => a.sector));
  const teach = place === 'screen';
  const sectors = teach && used.size === 0 ? SECTORS : SECTORS.filter((s) => used.has(s));
  return {
    sectors: sectors.map((s) => ({ label: SECTOR_LABELS[s], colour: SECTOR_COLOURS[s] })),
    degrees: INTEGRATION_DEGREES.map((d) => ({ degree: d, label: INTEGRATION_LABELS[d], ...INTEGRATION_STROKE[d] })),
    partnerships: teach || board.partnerships.length > 0,
    exchanges: teach || board.exchanges.length > 0,
  };
}
