import { useSyncExternalStore } from 'react';

let open = false;
let opener: HTMLElement | null = null;
const listeners = new Set<() => void>();

/** Opens or closes the search dialog, from the toolbar's button or Ctrl/Cmd+K. */
export function setSearchOpen(next: boolean): void {
  if (next && !open) opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  open = next;
  for (const l of listeners) l();
}

/** What had focus when search opened, to give it back on close. */
export function searchOpener(): HTMLElement | null {
  return opener;
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
