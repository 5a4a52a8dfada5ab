import {
  DIRECTION_LABELS,
  LEVEL_LABELS,
  agencyNames,
  sidesDisagree,
  type Board,
  type Direction,
  type Integration,
  type Level,
} from '@partnermap/shared/model';

export interface MatrixRow {
  direction: Direction;
  level: Level;
  label: string;
}

/**
 * The rows from top to bottom, as on Glasby & Peck's plot: vertical above horizontal, and
 * within each, policy above strategic above operational.
 */
export const MATRIX_ROWS: readonly MatrixRow[] = (['vertical', 'horizontal'] as const).flatMap((direction) =>
  (['policy', 'strategic', 'operational'] as const).map((level) => ({
    direction,
    level,
    label: `${DIRECTION_LABELS[direction]} · ${LEVEL_LABELS[level]}`,
  })),
);

export interface MatrixPoint {
  relationshipId: string;
  /** "Riverside GP and Adult Social Care": both agencies, in the relationship's order. */
  label: string;
  disagreement: boolean;
}

export const cellKey = (direction: Direction, level: Level, degree: Integration) => `${direction}/${level}/${degree}`;

/**
 * Each relationship in the cell of its degree, direction and level. Points sharing a cell are
 * listed by their label (then id), so every person sees them stacked in the same order.
 */
export function matrixCells(board: Board): Map<string, MatrixPoint[]> {
  const nameOf = agencyNames(board);
  const cells = new Map<string, MatrixPoint[]>();
  for (const r of board.relationships) {
    const key = cellKey(r.direction, r.level, r.integration);
    const point = { relationshipId: r.id, label: `${nameOf(r.source)} and ${nameOf(r.target)}`, disagreement: sidesDisagree(r) };
    cells.set(key, [...(cells.get(key) ?? []), point]);
  }
  for (const points of cells.values()) {
    points.sort((a, b) => a.label.localeCompare(b.label) || (a.relationshipId < b.relationshipId ? -1 : 1));
  }
  return cells;
}
