import { useSyncExternalStore } from 'react';
import type { Currency } from '@partnermap/shared/model';

/** A measure agencies can be sized by on the map. */
export type SizeBy = 'degree' | 'betweenness';

/**
 * How the map is looked at, set from the views and honoured by the canvas: one currency shown
 * (with arrows along its flow), agencies sized by a measure. Kept outside the document: it is one
 * person's way of looking, like a filter.
 */
export interface MapLens {
  currency: Currency | null;
  sizeBy: SizeBy | null;
  /** Each agency's size (1 is the usual size), from the measure chosen; empty when none is. */
  sizes: ReadonlyMap<string, number>;
}

const NO_LENS: MapLens = { currency: null, sizeBy: null, sizes: new Map() };
let lens = NO_LENS;
const listeners = new Set<() => void>();

export function setMapLens(patch: Partial<MapLens>): void {
  lens = { ...lens, ...patch };
  for (const l of listeners) l();
}

/** Back to the plain map, as when another board opens. */
export function resetMapLens(): void {
  setMapLens(NO_LENS);
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useMapLens(): MapLens {
  return useSyncExternalStore(subscribe, () => lens);
}

/** The currency the map shows alone, or null for all. */
export function useCurrencyShown(): Currency | null {
  return useSyncExternalStore(subscribe, () => lens.currency);
}

/** How large to draw an agency: 1 unless agencies are sized by a measure. */
export function useAgencySize(id: string): number {
  return useSyncExternalStore(subscribe, () => lens.sizes.get(id) ?? 1);
}
