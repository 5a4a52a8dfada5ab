import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { setPanelRoom } from '../canvas/room/panelRoom.ts';
import { readInspectorCollapsed, saveInspectorCollapsed } from './inspectorCollapsed.ts';

/**
 * The inspector's panel: beside the map on wide screens, over it below 1280 px (styles.css), and
 * folded to a slim bar when the person wants the room (remembered). It tells "fit view" how much
 * of the map it covers.
 */
export function InspectorFrame({ children }: { children: ReactNode }) {
  const [collapsed, setCollapsed] = useState(readInspectorCollapsed);
  const ref = useRef<HTMLElement>(null);
  const bodyId = useId();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setPanelRoom({ overlay: getComputedStyle(el).position === 'absolute' ? el.offsetWidth : 0 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      setPanelRoom({ overlay: 0 });
    };
  }, []);

  const toggle = () => {
    setCollapsed(!collapsed);
    saveInspectorCollapsed(!collapsed);
  };
  return (
    <aside
      className={`inspector${collapsed ? ' is-collapsed' : ''}`}
      id="board-inspector"
      aria-label="Inspector"
      data-landmark="inspector"
      ref={ref}
      data-testid="inspector"
    >
      <button
        type="button"
        className="inspector__fold"
        aria-expanded={!collapsed}
        aria-controls={bodyId}
        title={collapsed ? 'Show the inspector' : 'Fold the inspector away to give the map more room'}
        onClick={toggle}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden>
          <path d={collapsed ? 'M9 2L4 7l5 5' : 'M5 2l5 5-5 5'} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className={collapsed ? 'inspector__fold-label' : 'visually-hidden'}>
          {collapsed ? 'Inspector' : 'Hide the inspector'}
        </span>
      </button>
      <div id={bodyId} className="inspector__content" hidden={collapsed}>
        {children}
      </div>
    </aside>
  );
}
