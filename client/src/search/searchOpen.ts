import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

/** Opens or closes the search dialog, from the toolbar's button or Ctrl/Cmd+K. */
export function setSearchOpen(next: boolean): void {
  open = next;
  for (const l of listeners) l();
}

export function useSearchOpen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => open,
  );
}

/** Ctrl+K (Cmd+K on a Mac), the key most tools use to find things. */
export function isSearchKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
}
