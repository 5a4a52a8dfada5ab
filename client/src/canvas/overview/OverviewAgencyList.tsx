import { useReactFlow } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SECTOR_LABELS, agencyName, type Agency } from '@partnermap/shared/model';
import { centre, type Point } from '@partnermap/shared/render/primitives';
import { focusWhenDrawn } from '../../common/focusWhenDrawn.ts';
import { readingOrder } from '../keyboard/navigation.ts';
import { OPEN_ZOOM, agencyRect } from './scene.ts';

interface Props {
  agencies: readonly Agency[];
  /** Whether the overview has painted the map: the whole list waits for it. */
  mapShown: boolean;
}

interface Entry {
  id: string;
  label: string;
  centre: Point;
}

/** How long to wait for a card to appear after moving the view to it, in frames. */
const WAIT_FRAMES = 90;

/** Whether two lists of agencies read the same: the same agencies with the same names and sectors, in the same order. */
function sameLabels(before: readonly Agency[], after: readonly Agency[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a !== b && (a.id !== b.id || a.name !== b.name || a.sector !== b.sector)) return false;
  }
  return true;
}

/**
 * The entries in reading order, the same array while the same agencies have the same names and
 * sectors: a move (a colleague's, or a drag) does not redo the list, so its order is the one of
 * when it was last redone.
 */
function entryKeeper() {
  let last: { agencies: readonly Agency[]; entries: Entry[] } | undefined;
  return (agencies: readonly Agency[]): Entry[] => {
    if (last && sameLabels(last.agencies, agencies)) {
      last.agencies = agencies;
      return last.entries;
    }
    const entries = readingOrder(
      agencies.map((a) => ({
        id: a.id,
        label: `Agency: ${agencyName(a)}, ${SECTOR_LABELS[a.sector]}`,
        centre: centre(agencyRect(a)),
      })),
    );
    last = { agencies, entries };
    return entries;
  };
}

/**
 * While the map is an overview its agencies are painted, not elements, so this list (seen only by
 * screen readers and the keyboard) holds them in the map's reading order, as one Tab stop.
 * Focusing or pressing an entry brings the view close to that agency, where its card appears,
 * and moves focus onto the card: from there the map's own keys work as usual.
 */
function OverviewAgencyListView({ agencies, mapShown }: Props) {
  const { setCenter } = useReactFlow();
  const listed = useIdleAfter(mapShown);
  const keep = useMemo(() => entryKeeper(), []);
  // A colleague's edit gives a new board; the list is redone only when what it says or its order changes.
  const entries = keep(agencies);
  // Where each agency is now, looked up when an entry is opened: the entries need not be redone on a move.
  const latest = useRef(agencies);
  useEffect(() => {
    latest.current = agencies;
  }, [agencies]);

  const open = useCallback(
    (id: string, fallback: Point) => {
      const agency = latest.current.find((a) => a.id === id);
      const to = agency ? centre(agencyRect(agency)) : fallback;
      void setCenter(to.x, to.y, { zoom: OPEN_ZOOM });
      focusWhenDrawn(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`), { frames: WAIT_FRAMES });
    },
    [setCenter],
  );

  const items = useMemo(
    () =>
      // Until then only the first, which holds the list's Tab stop.
      (listed ? entries : entries.slice(0, 1)).map((e, i) => (
        <li key={e.id}>
          <button type="button" tabIndex={i === 0 ? 0 : -1} data-id={e.id} onFocus={() => open(e.id, e.centre)} onClick={() => open(e.id, e.centre)}>
            {e.label}
          </button>
        </li>
      )),
    [listed, entries, open],
  );
  return (
    <ul className="visually-hidden" aria-label="Agencies on the map (the map is shown as an overview)" aria-busy={!listed}>
      {items}
    </ul>
  );
}

export const OverviewAgencyList = memo(OverviewAgencyListView);

/** The list is filled after this long even if the map never reports a paint. */
const LIST_AT_MOST_AFTER_MS = 3000;

/**
 * False until the map is painted and the browser is idle: a big board's 2,000 entries take React
 * and the browser's layout about 0.2-0.4 s, which held back the map's first paint. The list and
 * its first entry (the Tab stop) are there from the start; the others follow a moment after the
 * map, and within a few seconds whatever happens to the map's painting.
 */
function useIdleAfter(shown: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const fill = () => setIdle(true);
    const limit = setTimeout(fill, LIST_AT_MOST_AFTER_MS);
    if (!shown) return () => clearTimeout(limit);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(fill, { timeout: 1000 });
      return () => {
        clearTimeout(limit);
        cancelIdleCallback(id);
      };
    }
    const id = setTimeout(fill, 200);
    return () => {
      clearTimeout(limit);
      clearTimeout(id);
    };
  }, [shown]);
  return idle;
}
