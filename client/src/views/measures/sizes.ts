import type { AgencyAnalysis } from '@partnermap/shared/analysis';
import type { SizeBy } from '../mapLens.ts';

export const SIZE_BY_LABELS: Record<SizeBy, string> = {
  degree: 'Relationships',
  betweenness: 'Go-between',
};

/** The largest agency is this many times the usual width; the smallest keeps the usual size. */
export const LARGEST_SIZE = 1.6;

/**
 * Each agency's size from a measure, in proportion to the largest value: 1 for none, up to
 * LARGEST_SIZE for the highest. When every agency scores 0, all keep the usual size.
 */
export function sizesFrom(agencies: readonly Pick<AgencyAnalysis, 'id' | SizeBy>[], by: SizeBy): Map<string, number> {
  const max = Math.max(0, ...agencies.map((a) => a[by]));
  return new Map(agencies.map((a) => [a.id, max > 0 ? 1 + ((LARGEST_SIZE - 1) * a[by]) / max : 1]));
}
