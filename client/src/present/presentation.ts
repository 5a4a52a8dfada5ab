import { useSyncExternalStore } from 'react';

let presenting = false;
const listeners = new Set<() => void>();

/** Presentation mode: the map alone, in large text, for a projector. One person's way of looking. */
export function setPresenting(next: boolean): void {
  if (next === presenting) return;
  presenting = next;
  for (const l of listeners) l();
}

export function usePresenting(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => presenting,
  );
}
