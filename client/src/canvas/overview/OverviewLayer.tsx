import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { agencyName, type Partnership } from '@partnermap/shared/model';
import type { AgencyNode, RelationshipFlowEdge } from '../toFlow.ts';
import type { PaintReport } from './painter.ts';
import { paintHere, paintInWorker, type OverviewPainting } from './overviewPainting.ts';
import type { MapMode, OverviewAgencyInput, OverviewLineInput } from './scene.ts';
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
  /** The agencies as last handed to the painter, for hit-testing clicks on their shapes. */
  agenciesRef: RefObject<readonly OverviewAgencyInput[] | undefined>;
  /** Called when the canvas first shows the map (and again if the painter had to start afresh). */
  onPainted?: () => void;
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
 * agencies in their sector colours, relationships in their degree's line style. It is painted in
 * a worker where the browser allows (else here), once a frame at most, whenever the view or the
 * map changes; a change to the map alone (a colleague's move, a selection) repaints only the
 * cells it touches, and reaches the painter as that one change.
 */
export function OverviewLayer({ mode, nodes, edges, partnerships, selectedPartnershipId, drawnLines, agenciesRef, onPainted }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  // Unchanged nodes and edges keep their identity, and so do their inputs: only changed ones are sent.
  const [inputs] = useState(() => ({ agencies: new WeakMap<AgencyNode, OverviewAgencyInput>(), lines: new WeakMap<RelationshipFlowEdge, OverviewLineInput | undefined>() }));
  const agencies = useMemo(() => nodes.map((n) => cached(inputs.agencies, n, agencyInput)), [nodes, inputs]);
  const lines = useMemo(
    () =>
      edges.flatMap((e) => {
        const line = cached(inputs.lines, e, lineInput);
        return line ? [line] : [];
      }),
    [edges, inputs],
  );
  // The worker failed: a new canvas (the old one is the worker's), painted here.
  const [here, setHere] = useState(false);
  // A ref, not state: the first map goes to the painter in the same commit as the canvas mounts,
  // not a render later (which a big board's other work can hold up). The effects below run after
  // this one and again whenever it starts a new painter (`here`).
  const painting = useRef<OverviewPainting>(undefined);
  const told = useRef(onPainted);
  useEffect(() => {
    told.current = onPainted;
  }, [onPainted]);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // For tests and the benchmark: what was painted, and when in the page's time (a worker's
    // paint reaches the screen without the page, which may hear of it later).
    let first = true;
    const painted = ({ drawn, repaint, at }: PaintReport) => {
      el.dataset.drawn = String(drawn);
      if (repaint === 'none') return;
      el.dataset.repaint = repaint;
      el.dataset.paintedAt = (at - performance.timeOrigin).toFixed(1);
      if (first) told.current?.();
      first = false;
    };
    const started = (!here && paintInWorker(el, painted, () => setHere(true))) || paintHere(el, painted);
    painting.current = started;
    return () => {
      started.stop();
      painting.current = undefined;
    };
  }, [here]);

  useEffect(() => {
    painting.current?.map(agencies, lines);
    agenciesRef.current = agencies;
  }, [here, agencies, lines, agenciesRef]);

  useEffect(() => {
    painting.current?.tell({ kind: 'look', mode, partnerships, selectedPartnershipId, drawnLines });
  }, [here, mode, partnerships, selectedPartnershipId, drawnLines]);

  useEffect(() => {
    const tellView = ({ transform: [x, y, zoom], width, height }: ReturnType<typeof store.getState>) =>
      painting.current?.tell({ kind: 'view', viewport: { x, y, zoom }, width, height, ratio: window.devicePixelRatio || 1 });
    let last = store.getState();
    tellView(last);
    const unsubscribe = store.subscribe((s) => {
      if (s.transform !== last.transform || s.width !== last.width || s.height !== last.height) tellView(s);
      last = s;
    });
    // Moved to a screen of another pixel density, the canvas is painted again at the new one.
    let density: MediaQueryList | undefined;
    const onDensity = () => {
      density?.removeEventListener('change', onDensity);
      density = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
      density.addEventListener('change', onDensity);
      tellView(store.getState());
    };
    density = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    density.addEventListener('change', onDensity);
    return () => {
      unsubscribe();
      density?.removeEventListener('change', onDensity);
    };
  }, [here, store]);

  useEffect(() => () => void (agenciesRef.current = undefined), [agenciesRef]);

  return <canvas key={here ? 'here' : 'worker'} ref={canvas} className={`map-overview is-${mode}`} data-testid="map-overview" aria-hidden />;
}
