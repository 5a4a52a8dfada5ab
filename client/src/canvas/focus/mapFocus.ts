import { useSyncExternalStore } from 'react';

/** How many relationships out a focus on an agency reaches. */
export const FOCUS_STEPS = [1, 2, 3] as const;
export type FocusSteps = (typeof FOCUS_STEPS)[number];

/**
 * What the map is focused on, beyond the filters: an agency's neighbours some steps out, or the
 * shortest routes between two agencies. One person's way of looking, kept outside the document.
 */
export type MapFocus =
  | { kind: 'neighbours'; agencyId: string; steps: FocusSteps }
  | { kind: 'routes'; fromId: string; toId: string }
  | null;

/** Agencies the map should bring into view, once it is showing (it may be behind another view). */
export interface CentreRequest {
  agencyIds: readonly string[];
  /** Increases with each request, so that asking for the same agencies twice centres twice. */
  serial: number;
}

let focus: MapFocus = null;
let centre: CentreRequest | null = null;
let serial = 0;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function setMapFocus(next: MapFocus): void {
  focus = next;
  notify();
}

export function useMapFocus(): MapFocus {
  return useSyncExternalStore(subscribe, () => focus);
}

export function requestCentre(agencyIds: readonly string[]): void {
  centre = { agencyIds, serial: ++serial };
  notify();
}

/** Called once the map has brought a request into view. */
export function centreDone(done: CentreRequest): void {
  if (centre === done) centre = null;
}

export function useCentreRequest(): CentreRequest | null {
  return useSyncExternalStore(subscribe, () => centre);
}

/** Back to an unfocused map, as when another board opens. */
export function resetMapFocus(): void {
  focus = null;
  centre = null;
  notify();
}
