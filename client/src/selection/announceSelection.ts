import { useEffect, useRef } from 'react';
import { agencyName, agencyNames, type Board } from '@partnermap/shared/model';
import { announce } from '../common/announce.ts';
import { listInWords } from '../canvas/relationshipLabel.ts';
import type { Selection } from './selection.ts';

/** What a screen reader is told when the selection changes, in the inspector's words. */
export function selectionMessage(selection: Selection, board: Board): string {
  const partnership = board.partnerships.find((p) => p.id === selection.partnershipId);
  if (partnership) {
    const members = partnership.memberIds.length;
    return `Selected partnership ${partnership.name || 'Unnamed partnership'}, ${members} ${members === 1 ? 'member' : 'members'}.`;
  }
  const agencies = board.agencies.filter((a) => selection.agencyIds.includes(a.id));
  if (agencies.length === 1) return `Selected agency ${agencyName(agencies[0]!)}.`;
  if (agencies.length > 1) return `${agencies.length} agencies selected: ${listInWords(agencies.map((a) => agencyName(a)))}.`;
  const relationships = board.relationships.filter((r) => selection.relationshipIds.includes(r.id));
  if (relationships.length === 1) {
    const nameOf = agencyNames(board);
    return `Selected relationship between ${nameOf(relationships[0]!.source)} and ${nameOf(relationships[0]!.target)}.`;
  }
  if (relationships.length > 1) return `${relationships.length} relationships selected.`;
  return 'Nothing selected.';
}

/** Announces each change of selection politely (not the selection the board opens with). */
export function useAnnounceSelection(selection: Selection, board: Board): void {
  const key = [selection.agencyIds.join(','), selection.relationshipIds.join(','), selection.partnershipId ?? ''].join('|');
  const last = useRef<string>(undefined);
  useEffect(() => {
    if (last.current === undefined || last.current === key) {
      last.current = key;
      return;
    }
    last.current = key;
    announce(selectionMessage(selection, board));
  });
}
