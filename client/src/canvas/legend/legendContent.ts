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

/** What the legend panel on the board explains (an exported image has its own key, drawn by shared/src/render). */
export interface LegendContent {
  sectors: LegendSector[];
  degrees: LegendDegree[];
}

/**
 * On screen the legend is also where people learn the map's language before using it, so it
 * explains everything: every sector while the board has no agency yet (then those on the board,
 * in the usual order) and the whole scale of integration (it only reads as a whole); the panel
 * also shows the exchange labels and partnership outline before there are any.
 */
export function legendFor(board: Board): LegendContent {
  const used = new Set(board.agencies.map((a) => a.sector));
  const sectors = used.size === 0 ? SECTORS : SECTORS.filter((s) => used.has(s));
  return {
    sectors: sectors.map((s) => ({ label: SECTOR_LABELS[s], colour: SECTOR_COLOURS[s] })),
    degrees: INTEGRATION_DEGREES.map((d) => ({ degree: d, label: INTEGRATION_LABELS[d], ...INTEGRATION_STROKE[d] })),
  };
}
