import type { Partnership } from '@partnermap/shared/model';
import { around, type Rect } from './geometry.ts';

export interface Outline {
  partnership: Partnership;
  rect: Rect;
}

const BASE_PAD = 18;
const NEST_STEP = 16;

/**
 * One outline per partnership around its members. An agency can sit in several partnerships, so
 * each outline is padded further for every smaller partnership it shares an agency with: nested
 * or overlapping groups stay distinguishable instead of drawing on top of each other.
 */
export function partnershipOutlines(
  partnerships: readonly Partnership[],
  rectOf: (agencyId: string) => Rect | undefined,
): Outline[] {
  const bySize = [...partnerships].sort((a, b) => a.memberIds.length - b.memberIds.length || (a.id < b.id ? -1 : 1));
  const out: Outline[] = [];
  bySize.forEach((p, i) => {
    const members = new Set(p.memberIds);
    const depth = bySize.slice(0, i).filter((q) => q.memberIds.some((m) => members.has(m))).length;
    const rects = p.memberIds.map(rectOf).filter((r): r is Rect => r !== undefined);
    const rect = around(rects, BASE_PAD + NEST_STEP * depth);
    if (rect) out.push({ partnership: p, rect });
  });
  return out;
}
