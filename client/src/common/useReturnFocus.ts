import { useEffect, useState } from 'react';

const focused = () =>
  document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;

/**
 * Gives focus back to what had it when a dialog opened, once the dialog goes; when that is gone
 * too (or nothing had focus, as on a first visit), to `fallback`. A modal <dialog> removed from the
 * page, rather than closed, would otherwise leave focus on the page's body.
 */
export function useReturnFocus(fallback?: () => void): void {
  // Read while rendering, before the dialog's own autofocus moves it.
  const [opener] = useState(focused);
  const [onGone] = useState(() => fallback);
  useEffect(
    () => () => {
      requestAnimationFrame(() => {
        if (opener?.isConnected) opener.focus();
        else onGone?.();
      });
    },
    [opener, onGone],
  );
}
