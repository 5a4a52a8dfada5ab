import { useEffect, useId, type RefObject } from 'react';

/** React Flow's layers inside its viewport, in the order a screen reader should meet them. */
const READING_ORDER = ['react-flow__nodes', 'react-flow__edges', 'react-flow__edgelabel-renderer'];

/**
 * Screen readers meet the agencies first, then the relationships between them (which name those
 * agencies), then the marks drawn on the lines. React Flow puts the relationships first in the page,
 * and moving its layers would change how they are painted, so the viewport claims the layers with
 * aria-owns in reading order: the accessibility tree follows it, the drawing does not change.
 */
export function useAgenciesReadFirst(container: RefObject<HTMLElement | null>): void {
  const prefix = useId();
  useEffect(() => {
    const viewport = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    const ids: string[] = [];
    for (const layerClass of READING_ORDER) {
      const layer = viewport.querySelector<HTMLElement>(`:scope > .${layerClass}`);
      if (!layer) continue;
      layer.id ||= `${prefix}${layerClass.replace('react-flow__', '')}`;
      ids.push(layer.id);
    }
    viewport.setAttribute('aria-owns', ids.join(' '));
    return () => viewport.removeAttribute('aria-owns');
  }, [container, prefix]);
}
