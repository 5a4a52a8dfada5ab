import { useEffect } from 'react';
import { SearchDialog } from './SearchDialog.tsx';
import { isSearchKey, searchOpener, setSearchOpen, useSearchOpen } from './searchOpen.ts';

/**
 * The search dialog and its key, Ctrl/Cmd+K, anywhere on an open board (even while typing: the
 * browser's own use of the key is a search of the web). Focus goes back where it was on close.
 */
export function Search() {
  const open = useSearchOpen();

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isSearchKey(e)) return;
      e.preventDefault();
      setSearchOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Another board opens with search closed.
  useEffect(() => () => setSearchOpen(false), []);

  if (!open) return null;
  return (
    <SearchDialog
      onClose={() => {
        setSearchOpen(false);
        const back = searchOpener();
        // The opener may be gone (another view was open): the map then takes focus.
        if (back?.isConnected) back.focus();
        else document.querySelector<HTMLElement>('.react-flow__pane, .react-flow')?.focus();
      }}
    />
  );
}
