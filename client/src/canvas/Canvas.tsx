import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type OnMove,
  type OnMoveStart,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { agencyNames } from '@partnermap/shared/model';
import { useBoardContext } from '../app/BoardContext.ts';
import { useSelection } from '../selection/selection.ts';
import { RelationshipEdge } from './edges/RelationshipEdge.tsx';
import { AgencyNode } from './nodes/AgencyNode.tsx';
import { PartnershipOutlines } from './PartnershipOutlines.tsx';
import { ExchangeLabels } from './marks/ExchangeLabels.tsx';
import { useMapMarks } from './marks/useMapMarks.ts';
import { useMovingLayer } from './useMovingLayer.ts';
import type { AgencyNode as AgencyFlowNode, RelationshipFlowEdge } from './toFlow.ts';
import type { CanvasFlow } from './useCanvasState.ts';
import { useFitViewOptions } from './room/useFitViewOptions.ts';
import { MapFitted, useFirstFit, type LeftView } from './room/useFirstFit.ts';
import { useAgenciesReadFirst } from './keyboard/useAgenciesReadFirst.ts';
import { OverviewLayer } from './overview/OverviewLayer.tsx';
import { dropSpareOverviewWorker, prepareOverviewWorker } from './overview/overviewPainting.ts';
import { OverviewAgencyList } from './overview/OverviewAgencyList.tsx';
import { useMapDetail } from './overview/useMapDetail.ts';
import { useOverviewPointer } from './overview/useOverviewPointer.ts';
import { OPEN_ZOOM, type OverviewAgencyInput } from './overview/scene.ts';

const nodeTypes = { agency: AgencyNode };
const edgeTypes = { relationship: RelationshipEdge };
const proOptions = { hideAttribution: true };
const multiSelectionKeys = ['Shift', 'Meta', 'Control'];
const deleteKeys = ['Delete', 'Backspace'];
/** A big board can be seen whole: its overview is light enough to draw from this far out. */
const BIG_BOARD_MIN_ZOOM = 0.05;
const MIN_ZOOM = 0.2;
/** Made once: a number's `toLocaleString` builds a new formatter on every call. */
const COUNT = new Intl.NumberFormat('en-GB');

interface Props {
  flow: CanvasFlow;
  /** Pan and zoom, shared as presence so that colleagues can follow this view. */
  onMove?: OnMove;
  /** Called with an event only when the person pans or zooms themselves (which stops following). */
  onMoveStart?: OnMoveStart;
  /** Whether the board has come in from the server at least once (until then it may only look empty). */
  boardIn: boolean;
  /** Where the map was last left, if it was shown before: it opens there again instead of fitting the board. */
  leftAt?: RefObject<LeftView | undefined>;
  /** Panels drawn over the canvas: toolbar, legend, filters, guidance. */
  children?: ReactNode;
}

/** The React Flow canvas. Double-click on empty canvas adds an agency there. */
export function Canvas({ flow, onMove, onMoveStart, boardIn, leftAt, children }: Props) {
  const { onAddAt } = flow;
  const { board, readOnly } = useBoardContext();
  const selectionControls = useSelection();
  const { selection, select } = selectionControls;
  const { screenToFlowPosition, setCenter } = useReactFlow();
  const roomyFit = useFitViewOptions();
  // Only a big board's cards are ever hidden, and they carry an estimated size: fitting takes them
  // in, so "fit view" shows the whole board. Said for every board, since React Flow can fit with
  // the options it held before the board grew big (its agencies arriving after the map is made).
  const fitViewOptions = useMemo(() => ({ ...roomyFit, includeHiddenNodes: true }), [roomyFit]);
  const fitted = useFirstFit(fitViewOptions, boardIn && board.agencies.length === 0, leftAt);
  // Kept once the first fit is done, so that a map made afresh opens where this one was left.
  const keep = useRef({ fitted, onMove });
  useEffect(() => {
    keep.current = { fitted, onMove };
  }, [fitted, onMove]);
  const flowStore = useStoreApi();
  const onViewMove = useCallback<OnMove>(
    (event, viewport) => {
      if (keep.current.fitted && leftAt) {
        const { width, height } = flowStore.getState();
        leftAt.current = { viewport, width, height };
      }
      keep.current.onMove?.(event, viewport);
    },
    [leftAt, flowStore],
  );
  // Taken again as the map goes: a resize since the last pan or zoom moved the middle shown.
  // React Flow clears its store as it unmounts, after this; a cleared one is not taken.
  useEffect(
    () => () => {
      if (!keep.current.fitted || !leftAt) return;
      const { transform, width, height } = flowStore.getState();
      if (width && height) leftAt.current = { viewport: { x: transform[0], y: transform[1], zoom: transform[2] }, width, height };
    },
    [leftAt, flowStore],
  );
  // A map made afresh starts from the view it was left at, not from the corner for a frame.
  const [startAt] = useState(() => leftAt?.current?.viewport);
  // On a big board seen from afar, the canvas draws an overview and React Flow is given only
  // what is near the view; a small board passes through unchanged.
  const detail = useMapDetail(flow.nodes, flow.edges, fitted);
  const { nodes, edges, big } = detail;
  const overview = detail.mode === 'overview';
  useEffect(() => {
    if (!big) return;
    prepareOverviewWorker();
    return dropSpareOverviewWorker;
  }, [big]);
  // The overview's list for screen readers waits until the map is painted: on a big board it
  // costs the page's main thread a moment, which the painting's first frame needs too.
  const [overviewPainted, setOverviewPainted] = useState(false);
  const markPainted = useCallback(() => setOverviewPainted(true), []);
  const marks = useMapMarks(detail.cards, edges, board.partnerships);
  const agenciesRef = useRef<readonly OverviewAgencyInput[]>(undefined);
  const pointer = useOverviewPointer({ active: overview, agenciesRef, onNodesChange: flow.onNodesChange, selection: selectionControls, readOnly });
  const nameOf = useMemo(() => agencyNames(board), [board]);
  // Stable callbacks: a new one on each render would be handed to React Flow's store every time.
  const clearSelection = useCallback(() => select({}), [select]);
  const selectPartnership = useCallback((id: string) => select({ partnershipId: id }), [select]);
  const { agencyUnder } = pointer;
  const addOnDoubleClick = useCallback(
    (e: MouseEvent) => {
      // In the overview a double-click on an agency opens it: the view moves in to its card.
      const painted = agencyUnder(e);
      if (painted) {
        void setCenter(painted.rect.x + painted.rect.width / 2, painted.rect.y + painted.rect.height / 2, { zoom: OPEN_ZOOM, duration: 250 });
        return;
      }
      const onPane = (e.target as HTMLElement).classList.contains('react-flow__pane');
      if (onPane && !readOnly) onAddAt(screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [onAddAt, readOnly, screenToFlowPosition, agencyUnder, setCenter],
  );
  const container = useRef<HTMLDivElement>(null);
  useAgenciesReadFirst(container);
  const moving = useMovingLayer(container, onMoveStart);
  return (
    <div
      className="canvas"
      ref={container}
      onPointerDownCapture={pointer.onPointerDownCapture}
      onMouseDownCapture={pointer.onMouseDownCapture}
      onClickCapture={pointer.onClickCapture}
    >
      <ReactFlow<AgencyFlowNode, RelationshipFlowEdge>
        aria-label="Map of the agencies and their relationships"
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={flow.onNodesChange}
        onEdgesChange={flow.onEdgesChange}
        onConnect={flow.onConnect}
        onPaneClick={clearSelection}
        onMove={onViewMove}
        defaultViewport={startAt}
        onMoveStart={moving.onMoveStart}
        onMoveEnd={moving.onMoveEnd}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={60}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={readOnly ? null : deleteKeys}
        multiSelectionKeyCode={multiSelectionKeys}
        selectionKeyCode="Shift"
        zoomOnDoubleClick={false}
        onDoubleClick={addOnDoubleClick}
        minZoom={big ? BIG_BOARD_MIN_ZOOM : MIN_ZOOM}
        maxZoom={2}
        proOptions={proOptions}
        onlyRenderVisibleElements
      >
        {/* Fainter and sparser than the dotted Communication line, so the two are never confused. */}
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.1} color="#d5dae2" />
        {overview && (
          <Panel position="bottom-center" className="overview-note">
            Overview of {COUNT.format(nodes.length)} agencies, closer relationships drawn thicker and darker. Zoom in for names and exchanges.
          </Panel>
        )}
        {/* Not before the first fit, which would show the board's corner at full size for a moment. */}
        {big && fitted && <OverviewLayer mode={detail.mode} nodes={flow.nodes} edges={flow.edges} partnerships={board.partnerships} selectedPartnershipId={selection.partnershipId} drawnLines={detail.drawnLines} agenciesRef={agenciesRef} onPainted={markPainted} />}
        <PartnershipOutlines hulls={marks.hulls} selectedId={selection.partnershipId} onSelect={selectPartnership} />
        <ExchangeLabels marks={marks} edges={edges} nameOf={nameOf} />
        <Controls showInteractive={false} position="bottom-right" fitViewOptions={fitViewOptions} />
        <MapFitted.Provider value={fitted}>{children}</MapFitted.Provider>
      </ReactFlow>
      {overview && <OverviewAgencyList agencies={board.agencies} mapShown={overviewPainted} />}
    </div>
  );
}
