import { useReactFlow } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { SECTOR_LABELS, agencyName, type Agency } from '@partnermap/shared/model';
import type { Point } from '@partnermap/shared/render';
import { readingOrder } from '../keyboard/navigation.ts';
import { CARD_ESTIMATE, OPEN_ZOOM } from './scene.ts';

interface Props {
  agencies: readonly Agency[];
}

interface Entry {
  id: string;
  label: string;
  centre: Point;
}

/** How long to wait for a card to appear after moving the view to it, in frames. */
const WAIT_FRAMES = 90;

/**
 * The entries in reading order, the same array while the same agencies have the same names and
 * sectors: a move (a colleague's, or a drag) does not redo the list, so its order is the one of
 * when it was last redone.
 */
function entryKeeper() {
  let last: { signature: string; entries: Entry[] } | undefined;
  return (agencies: readonly Agency[]): Entry[] => {
    const labels = agencies.map((a) => `Agency: ${agencyName(a)}, ${SECTOR_LABELS[a.sector]}`);
    const signature = agencies.map((a, i) => `${a.id}\u0001${labels[i]}`).join('\u0002');
    if (last?.signature === signature) return last.entries;
    const entries = readingOrder(
      agencies.map((a, i) => ({
        id: a.id,
        label: labels[i]!,
        centre: { x: a.position.x + CARD_ESTIMATE.width / 2, y: a.position.y + CARD_ESTIMATE.height / 2 },
      })),
    );
    last = { signature, entries };
    return entries;
  };
}

/**
 * While the map is an overview its agencies are painted, not elements, so this list (seen only by
 * screen readers and the keyboard) holds them in the map's reading order, as one Tab stop.
 * Focusing or pressing an entry brings the view close to that agency, where its card appears,
 * and moves focus onto the card: from there the map's own keys work as usual.
 */
function OverviewAgencyListView({ agencies }: Props) {
  const { setCenter } = useReactFlow();
  const keep = useMemo(() => entryKeeper(), []);
  // A colleague's edit gives a new board; the list is redone only when what it says or its order changes.
  const entries = keep(agencies);
  // Where each agency is now, read when an entry is opened: the entries need not be redone on a move.
  const positions = useRef(new Map<string, Point>());
  useEffect(() => {
    positions.current = new Map(agencies.map((a) => [a.id, a.position]));
  }, [agencies]);

  const open = useCallback(
    (id: string, fallback: Point) => {
      const at = positions.current.get(id);
      const centre = at ? { x: at.x + CARD_ESTIMATE.width / 2, y: at.y + CARD_ESTIMATE.height / 2 } : fallback;
      void setCenter(centre.x, centre.y, { zoom: OPEN_ZOOM });
      let frames = 0;
      // A card React Flow has not measured yet is in the page but hidden, and cannot take focus.
      const focusCard = () => {
        const card = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        card?.focus();
        if (document.activeElement !== card && ++frames < WAIT_FRAMES) requestAnimationFrame(focusCard);
      };
      requestAnimationFrame(focusCard);
    },
    [setCenter],
  );

  const items = useMemo(
    () =>
      entries.map((e, i) => (
        <li key={e.id}>
          <button type="button" tabIndex={i === 0 ? 0 : -1} data-id={e.id} onFocus={() => open(e.id, e.centre)} onClick={() => open(e.id, e.centre)}>
            {e.label}
          </button>
        </li>
      )),
    [entries, open],
  );
  return (
    <ul className="visually-hidden" aria-label="Agencies on the map (the map is shown as an overview)">
      {items}
    </ul>
  );
}

export const OverviewAgencyList = memo(OverviewAgencyListView);
