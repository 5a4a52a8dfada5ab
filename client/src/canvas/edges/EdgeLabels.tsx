import { useStore, type ReactFlowState } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const layers = new WeakMap<HTMLElement, HTMLElement>();

/** React Flow's layer for edge labels, looked up in the page once per canvas rather than on every store change. */
function labelLayer(s: ReactFlowState): HTMLElement | null {
  if (!s.domNode) return null;
  let layer = layers.get(s.domNode);
  if (!layer) {
    const found = s.domNode.querySelector<HTMLElement>('.react-flow__edgelabel-renderer');
    if (found) layers.set(s.domNode, (layer = found));
  }
  return layer ?? null;
}

/**
 * What React Flow's EdgeLabelRenderer does (a portal into the label layer), without its selector
 * that queries the DOM for every edge on every change of the store: on a board of thousands of
 * relationships that query alone took most of a drag's frame.
 */
export function EdgeLabels({ children }: { children: ReactNode }) {
  const layer = useStore(labelLayer);
  return layer ? createPortal(children, layer) : null;
}
