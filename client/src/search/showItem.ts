import type { Board } from '@partnermap/shared/model';
import type { Selection } from '../selection/selection.ts';
import { requestCentre, setMapFocus } from '../canvas/focus/mapFocus.ts';
import { openView } from '../views/openView.ts';
import { agenciesOf } from './searchItems.ts';
import type { SearchItem } from './ranking.ts';

type Select = (s: Partial<Selection>) => void;

/** Selects an item found and brings the map forward, centred on it (a goal: on what serves it). */
export function showItem(board: Board, item: Pick<SearchItem, 'kind' | 'id'>, select: Select): void {
  const agencyIds = agenciesOf(board, item);
  if (item.kind === 'agency') select({ agencyIds: [item.id] });
  else if (item.kind === 'relationship') select({ relationshipIds: [item.id] });
  else if (item.kind === 'partnership') select({ partnershipId: item.id });
  else select({ agencyIds });
  openView('map');
  if (agencyIds.length > 0) requestCentre(agencyIds);
}

/** Focuses the map on an agency's direct neighbours, and shows it. */
export function focusOnNeighbours(board: Board, agencyId: string, select: Select): void {
  setMapFocus({ kind: 'neighbours', agencyId, steps: 1 });
  showItem(board, { kind: 'agency', id: agencyId }, select);
}

/** Lights the shortest routes between two agencies (the map then brings them into view). */
export function showRoutes(fromId: string, toId: string, select: Select): void {
  setMapFocus({ kind: 'routes', fromId, toId });
  select({ agencyIds: [fromId] });
  openView('map');
}
