import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { agencyName, type Partnership } from '@partnermap/shared/model';
import type { AgencyNode, RelationshipFlowEdge } from '../toFlow.ts';
import { drawOverview, drawsFar } from './drawOverview.ts';
import { SceneParts, overviewScene, viewBox, type MapMode, type OverviewAgencyInput, type OverviewLineInput, type OverviewScene, type Viewport } from './scene.ts';
import { changedCells } from './sceneChanges.ts';
import './overview.css';

interface Props {
  mode: MapMode;
  /** Every agency and relationship on the map, as the map holds them (position, dimmed, selected). */
  nodes: readonly AgencyNode[];
  edges: readonly RelationshipFlowEdge[];
  partnerships: readonly Partnership[];
  selectedPartnershipId: string | undefined;
  /** In the full map, the relationships React Flow is not drawing. */
  drawnLines: ReadonlySet<string> | undefined;
  /** The scene last drawn, for hit-testing clicks. */
  sceneRef: RefObject<OverviewScene | undefined>;
}

/** What the canvas shows, so that a change to the map under the same view repaints only where it changed. */
interface Painted {
  scene: OverviewScene;
  viewport: Viewport;
  width: number;
  height: number;
  ratio: number;
  far: boolean;
}

function agencyInput(n: AgencyNode): OverviewAgencyInput {
  return {
    id: n.id,
    name: agencyName(n.data.agency),
    sector: n.data.agency.sector,
    position: n.position,
    measured: n.measured,
    dimmed: n.data.dimmed,
    selected: !!n.selected,
  };
}

function lineInput(e: RelationshipFlowEdge): OverviewLineInput | undefined {
  return e.data && { id: e.id, source: e.source, target: e.target, integration: e.data.relationship.integration, dimmed: e.data.dimmed, selected: !!e.selected };
}

function cached<K extends object, V>(cache: WeakMap<K, V | undefined>, key: K, make: (key: K) => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = make(key);
  cache.set(key, value);
  return value;
}

/**
 * The overview, painted on one canvas under React Flow's panes and following its pan and zoom:
 * agencies in their sector colours, relationships in their degree's line style. Redrawn once a
 * frame at most, whenever the view or the map changes; a change to the map alone (a colleague's
 * move, a selection) repaints only the cells it touches.
 */
export function OverviewLayer({ mode, nodes, edges, partnerships, selectedPartnershipId, drawnLines, sceneRef }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  const painted = useRef<Painted>(undefined);
  // Unchanged nodes and edges keep their identity, and so do their inputs and scene parts.
  const [inputs] = useState(() => ({ agencies: new WeakMap<AgencyNode, OverviewAgencyInput>(), lines: new WeakMap<RelationshipFlowEdge, OverviewLineInput | undefined>() }));
  const [parts] = useState(() => new SceneParts());
  const agencies = useMemo(() => nodes.map((n) => cached(inputs.agencies, n, agencyInput)), [nodes, inputs]);
  const lines = useMemo(
    () =>
      edges.flatMap((e) => {
        const line = cached(inputs.lines, e, lineInput);
        return line ? [line] : [];
      }),
    [edges, inputs],
  );

  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const el = canvas.current;
      const ctx = el?.getContext('2d');
      if (!el || !ctx) return;
      const { transform, width, height } = store.getState();
      const ratio = window.devicePixelRatio || 1;
      if (el.width !== Math.round(width * ratio) || el.height !== Math.round(height * ratio)) {
        el.width = Math.round(width * ratio);
        el.height = Math.round(height * ratio);
        painted.current = undefined;
      }
      const [x, y, zoom] = transform;
      const viewport = { x, y, zoom };
      const only = mode === 'detail' ? { lines: drawnLines ?? new Set<string>() } : undefined;
      const scene = overviewScene(agencies, lines, viewBox(viewport, { width, height }), zoom, only, { all: partnerships, selectedId: selectedPartnershipId }, parts);
      sceneRef.current = mode === 'overview' ? scene : undefined;
      const far = drawsFar(scene, zoom);
      const last = painted.current;
      const sameView = !!last && last.width === width && last.height === height && last.ratio === ratio && last.far === far && last.viewport.x === x && last.viewport.y === y && last.viewport.zoom === zoom;
      const dirty = last && sameView ? changedCells(last.scene, scene, viewport, { width, height }) : undefined;
      // Undefined cells (another view, or most of the canvas changed) mean painting it all again.
      if (!dirty?.empty) {
        drawOverview(ctx, scene, { viewport, size: { width, height }, ratio, far }, dirty);
        el.dataset.repaint = dirty ? 'changed' : 'all';
      }
      painted.current = { scene, viewport, width, height, ratio, far };
      el.dataset.drawn = String(scene.agencies.length);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(draw);
    };
    schedule();
    let last = store.getState();
    const unsubscribe = store.subscribe((s) => {
      if (s.transform !== last.transform || s.width !== last.width || s.height !== last.height) schedule();
      last = s;
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store, mode, agencies, lines, partnerships, selectedPartnershipId, drawnLines, sceneRef, parts]);

  return <canvas ref={canvas} className={`map-overview is-${mode}`} data-testid="map-overview" aria-hidden />;
}
