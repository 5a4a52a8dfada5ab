import { setSearchOpen } from './searchOpen.ts';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The toolbar's way into search, naming its key. */
export function SearchButton() {
  const key = MAC ? '⌘K' : 'Ctrl+K';
  return (
    <button
      type="button"
      className="button"
      aria-keyshortcuts={MAC ? 'Meta+K' : 'Control+K'}
      title={`Find an agency, relationship, partnership or goal (${key})`}
      onClick={() => setSearchOpen(true)}
    >
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden>
        <circle cx="6" cy="6" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M9.2 9.2l3.3 3.3" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      Search
    </button>
  );
}
