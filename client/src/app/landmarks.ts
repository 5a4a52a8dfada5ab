import { useEffect } from 'react';
import { focusWhenDrawn } from '../common/focusWhenDrawn.ts';

/**
 * The board's landmarks in the order F6 visits them (as in browsers and office suites): the top
 * bar, the map's tools, the map, the inspector. Each is marked `data-landmark` in the page; F6
 * moves to the next one present (the map is absent while an analysis view is open), Shift+F6 back.
 */
export const LANDMARK_ORDER = ['top-bar', 'tools', 'map', 'inspector'] as const;
export type Landmark = (typeof LANDMARK_ORDER)[number];

/** Which landmark F6 goes to from `current` among those present, wrapping round. */
export function nextLandmark(present: readonly Landmark[], current: Landmark | undefined, backwards = false): Landmark | undefined {
  if (present.length === 0) return undefined;
  const ordered = LANDMARK_ORDER.filter((l) => present.includes(l));
  const at = current ? ordered.indexOf(current) : -1;
  if (at === -1) return backwards ? ordered.at(-1) : ordered[0];
  return ordered[(at + (backwards ? -1 : 1) + ordered.length) % ordered.length];
}

const landmarkElement = (l: Landmark) => document.querySelector<HTMLElement>(`[data-landmark="${l}"]`);

/**
 * Where focus goes in a landmark: the map's current agency (its one Tab stop), the inspector's
 * heading, else the first control, else the landmark itself.
 */
function entryPoint(root: HTMLElement): HTMLElement {
  const preferred = root.querySelector<HTMLElement>('[data-entry-point], .react-flow__node[tabindex="0"], .inspector__body h2');
  if (preferred) return preferred;
  const control = root.querySelector<HTMLElement>('button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex="0"]');
  return control ?? root;
}

/**
 * Moves focus into a landmark; false when it is not on the page. F6 pressed as the map appears
 * finds its agency cards hidden until React Flow has measured them: it goes on trying while focus
 * is still where it was.
 */
export function focusLandmark(l: Landmark): boolean {
  const root = landmarkElement(l);
  if (!root) return false;
  const was = document.activeElement;
  focusWhenDrawn(
    () => {
      const target = entryPoint(root);
      if (target === root && !root.hasAttribute('tabindex')) root.tabIndex = -1;
      return target;
    },
    { wanted: () => root.isConnected && document.activeElement === was },
  );
  return true;
}

/** F6 and Shift+F6 cycle the landmarks. */
export function useLandmarkKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || e.ctrlKey || e.metaKey || e.altKey) return;
      const present = LANDMARK_ORDER.filter((l) => landmarkElement(l));
      const here = (document.activeElement?.closest('[data-landmark]') as HTMLElement | null)?.dataset.landmark as Landmark | undefined;
      const next = nextLandmark(present, here, e.shiftKey);
      if (next && focusLandmark(next)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
