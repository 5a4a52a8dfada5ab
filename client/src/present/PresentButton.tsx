import './present.css';
import { useEffect } from 'react';
import { useBoardContext } from '../app/BoardContext.ts';
import { requestCentre } from '../canvas/focus/mapFocus.ts';
import { openView } from '../views/openView.ts';
import { setPresenting, usePresenting } from './presentation.ts';

/**
 * The top bar's switch into presentation mode: panels hidden (styles in present.css, keyed on the
 * root's class), text enlarged, the whole map fitted. Escape or the same button leaves it.
 */
export function PresentButton() {
  const presenting = usePresenting();
  const { board } = useBoardContext();

  useEffect(() => {
    document.documentElement.classList.toggle('is-presenting', presenting);
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('dialog[open]')) setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting]);
  // Another board opens as the map it is.
  useEffect(() => () => setPresenting(false), []);

  const toggle = () => {
    setPresenting(!presenting);
    openView('map');
    // The canvas changes size once the panels are hidden or back (seen a frame later): fit after that.
    const ids = board.agencies.map((a) => a.id);
    requestAnimationFrame(() => requestAnimationFrame(() => requestCentre(ids)));
  };
  return (
    <button
      type="button"
      className={`button${presenting ? ' button--primary' : ''}`}
      aria-pressed={presenting}
      aria-keyshortcuts={presenting ? 'Escape' : undefined}
      title={presenting ? 'Leave presentation mode (Escape)' : 'Hide the panels and enlarge the text, for a projector'}
      onClick={toggle}
    >
      {presenting ? 'Leave presentation' : 'Present'}
    </button>
  );
}
