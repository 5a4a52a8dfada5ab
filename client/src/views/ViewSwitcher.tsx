import { useRef, type KeyboardEvent } from 'react';
import { VIEWS, tabAfterKey, type ViewId } from './viewChoice.ts';

interface Props {
  view: ViewId;
  onChange: (view: ViewId) => void;
}

export const tabId = (view: ViewId) => `view-tab-${view}`;
export const PANEL_ID = 'view-panel';

/**
 * The tabs above the map: one Tab stop, arrow keys (and Home, End) move between views and open
 * them, as the WAI-ARIA tabs pattern with automatic activation.
 */
export function ViewSwitcher({ view, onChange }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const next = tabAfterKey(view, e.key);
    if (!next) return;
    e.preventDefault();
    onChange(next);
    list.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label="Views of the board" ref={list} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          id={tabId(v.id)}
          type="button"
          role="tab"
          className="view-tab"
          aria-selected={v.id === view}
          aria-controls={PANEL_ID}
          tabIndex={v.id === view ? 0 : -1}
          onClick={() => onChange(v.id)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
