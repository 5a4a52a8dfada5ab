import type { Exchange, Partnership } from '@partnermap/shared/model';

/** How many exchanges flow between a partnership's members (both ends inside it). */
export function exchangesAmong(memberIds: readonly string[], exchanges: readonly Exchange[]): number {
  const members = new Set(memberIds);
  return exchanges.filter((e) => members.has(e.from) && members.has(e.to)).length;
}

/**
 * A gentle question for a partnership whose figures sit oddly with its structural model: a
 * separate organisation whose members exchange fewer things than there are members.
 */
export function partnershipQuestion(partnership: Pick<Partnership, 'model' | 'memberIds'>, exchanges: readonly Exchange[]): string | undefined {
  if (partnership.model !== 'separate-organisation') return undefined;
  const members = new Set(partnership.memberIds).size;
  if (exchangesAmong(partnership.memberIds, exchanges) >= members) return undefined;
  return 'A separate organisation whose members exchange little with each other: is this model right for what they do together?';
}
