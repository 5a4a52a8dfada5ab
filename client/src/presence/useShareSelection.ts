import { useEffect } from 'react';
import { shareableSelection } from '@partnermap/shared/presence';
import type { Selection } from '../selection/selection.ts';
import type { PresencePatch } from './usePresence.ts';

/** Shows colleagues what this person has selected (agencies and relationships), as presence. */
export function useShareSelection(share: (patch: PresencePatch) => void, selection: Selection): void {
  // A string, so that a new but equal selection sends nothing; JSON, as an imported id may hold any character.
  const selectedIds = JSON.stringify([...selection.agencyIds, ...selection.relationshipIds]);
  useEffect(() => {
    share({ selection: shareableSelection(JSON.parse(selectedIds) as string[]) });
  }, [share, selectedIds]);
}
