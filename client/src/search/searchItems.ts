import { SECTOR_LABELS, agencyNames, type Board } from '@partnermap/shared/model';
import type { SearchItem } from './ranking.ts';

/** "Adult Social Care" → "ASC": what a workshop calls an agency for short. */
export function initialsOf(name: string): string {
  const parts = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return parts.length > 1 ? parts.map((w) => [...w][0]).join('') : '';
}

const KIND_WORDS: Record<SearchItem['kind'], string> = {
  agency: 'Agency',
  relationship: 'Relationship',
  partnership: 'Partnership',
  goal: 'Goal',
};
export const kindWord = (kind: SearchItem['kind']) => KIND_WORDS[kind];

/** Everything on the board that search finds, named as the map and inspector name it. */
export function searchItems(board: Board): SearchItem[] {
  const nameOf = agencyNames(board);
  return [
    ...board.agencies.map((a) => ({
      kind: 'agency' as const,
      id: a.id,
      label: nameOf(a.id),
      also: [initialsOf(a.name), SECTOR_LABELS[a.sector]].filter(Boolean),
    })),
    ...board.relationships.map((r) => ({
      kind: 'relationship' as const,
      id: r.id,
      label: `${nameOf(r.source)} – ${nameOf(r.target)}`,
      also: [],
    })),
    ...board.partnerships.map((p) => ({
      kind: 'partnership' as const,
      id: p.id,
      label: p.name || 'Unnamed partnership',
      also: [],
    })),
    ...board.goals.map((g) => ({ kind: 'goal' as const, id: g.id, label: g.outcome || 'Goal without words yet', also: [] })),
  ];
}

/** The agencies the map shows for an item: itself, a relationship's two, the members, or whatever serves a goal. */
export function agenciesOf(board: Board, item: Pick<SearchItem, 'kind' | 'id'>): string[] {
  const onBoard = new Set(board.agencies.map((a) => a.id));
  const ids = (() => {
    switch (item.kind) {
      case 'agency':
        return [item.id];
      case 'relationship': {
        const r = board.relationships.find((x) => x.id === item.id);
        return r ? [r.source, r.target] : [];
      }
      case 'partnership':
        return board.partnerships.find((p) => p.id === item.id)?.memberIds ?? [];
      case 'goal':
        return [
          ...board.relationships.filter((r) => r.goalIds.includes(item.id)).flatMap((r) => [r.source, r.target]),
          ...board.partnerships.filter((p) => p.goalIds.includes(item.id)).flatMap((p) => p.memberIds),
        ];
    }
  })();
  return [...new Set(ids)].filter((id) => onBoard.has(id));
}
