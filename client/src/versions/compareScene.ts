import type { BoardDiff } from '@partnermap/shared/history';
import type { Agency, Board, Integration } from '@partnermap/shared/model';

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'same';

/** Drawn agency cards: a fixed size, as positions on the board are their top-left corners. */
export const CARD = { width: 180, height: 52 } as const;

export interface SceneAgency {
  id: string;
  name: string;
  x: number;
  y: number;
  status: ChangeStatus;
}

export interface SceneRelationship {
  id: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
  status: ChangeStatus;
  /** The agreed degree now (or, if removed, before). */
  integration: Integration;
  /** Up or down the continuum between the two moments; null if it did not move. */
  moved: 'up' | 'down' | null;
}

export interface CompareScene {
  /** How much larger than on screen cards and text are drawn, so a wide board shown whole stays readable. */
  scale: number;
  card: { width: number; height: number };
  agencies: SceneAgency[];
  relationships: SceneRelationship[];
  box: { x: number; y: number; width: number; height: number };
}

const MARGIN = 40;
/** Up to this width a board is drawn as it is; wider ones get larger cards and text (up to MAX_SCALE). */
const COMFORTABLE_WIDTH = 1400;
const MAX_SCALE = 1.6;

/**
 * Both moments of a board on one map: what is there now where it is now, and what was removed
 * where it was, so it can be drawn ghosted in place.
 */
export function compareScene(from: Board, to: Board, diff: BoardDiff): CompareScene {
  const statusOf = (changes: { added: string[]; removed: string[]; changed: { id: string }[] }, id: string): ChangeStatus =>
    changes.added.includes(id) ? 'added' : changes.removed.includes(id) ? 'removed' : changes.changed.some((c) => c.id === id) ? 'changed' : 'same';

  const removedAgencies = from.agencies.filter((a) => diff.agencies.removed.includes(a.id));
  const agencies = [...to.agencies, ...removedAgencies].map((a: Agency) => ({
    id: a.id,
    name: a.name,
    x: a.position.x,
    y: a.position.y,
    status: statusOf(diff.agencies, a.id),
  }));
  const xs = agencies.map((a) => a.x);
  const ys = agencies.map((a) => a.y);
  const span = agencies.length ? Math.max(...xs) - Math.min(...xs) + CARD.width : 0;
  const scale = Math.min(MAX_SCALE, Math.max(1, span / COMFORTABLE_WIDTH));
  const card = { width: CARD.width * scale, height: CARD.height * scale };
  const at = new Map(agencies.map((a) => [a.id, { x: a.x + card.width / 2, y: a.y + card.height / 2 }]));

  const removedRelationships = from.relationships.filter((r) => diff.relationships.removed.includes(r.id));
  const relationships: SceneRelationship[] = [];
  for (const r of [...to.relationships, ...removedRelationships]) {
    const a = at.get(r.source);
    const b = at.get(r.target);
    if (!a || !b) continue;
    const change = diff.relationships.changed.find((c) => c.id === r.id);
    const moved = change && change.integration.to !== change.integration.from ? (change.integration.to > change.integration.from ? 'up' : 'down') : null;
    relationships.push({ id: r.id, from: a, to: b, status: statusOf(diff.relationships, r.id), integration: r.integration, moved });
  }

  const box = agencies.length
    ? {
        x: Math.min(...xs) - MARGIN,
        y: Math.min(...ys) - MARGIN,
        width: Math.max(...xs) - Math.min(...xs) + card.width + 2 * MARGIN,
        height: Math.max(...ys) - Math.min(...ys) + card.height + 2 * MARGIN,
      }
    : { x: 0, y: 0, width: 400, height: 200 };
  return { scale, card, agencies, relationships, box };
}
