import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  type OnMove,
  type OnMoveStart,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { agencyNames } from '@partnermap/shared/model';
import { useBoardContext } from '../app/BoardContext.ts';
import { useSelection } from '../selection/selection.ts';
import { RelationshipEdge } from './edges/RelationshipEdge.tsx';
import { AgencyNode } from './nodes/AgencyNode.tsx';
import { PartnershipOutlines } from './PartnershipOutlines.tsx';
import { ExchangeLabels } from './marks/ExchangeLabels.tsx';
import { useMapMarks } from './marks/useMapMarks.ts';
import type { AgencyNode as AgencyFlowNode, RelationshipFlowEdge } from './toFlow.ts';
import type { CanvasFlow } from './useCanvasState.ts';
import { useFitViewOptions } from './room/useFitViewOptions.ts';
import { useAgenciesReadFirst } from './keyboard/useAgenciesReadFirst.ts';

const nodeTypes = { agency: AgencyNode };
const edgeTypes = { relationship: RelationshipEdge };
const proOptions = { hideAttribution: true };
const multiSelectionKeys = ['Shift', 'Meta', 'Control'];
const deleteKeys = ['Delete', 'Backspace'];

interface Props {
  flow: CanvasFlow;
  /** Pan and zoom, shared as presence so that colleagues can follow this view. */
  onMove?: OnMove;
  /** Called with an event only when the person pans or zooms themselves (which stops following). */
  onMoveStart?: OnMoveStart;
  /** Panels drawn over the canvas: toolbar, legend, filters, guidance. */
  children?: ReactNode;
}

/** The React Flow canvas. Double-click on empty canvas adds an agency there. */
export function Canvas({ flow, onMove, onMoveStart, children }: Props) {
  const { nodes, edges, onAddAt } = flow;
  const { board, readOnly } = useBoardContext();
  const { selection, select } = useSelection();
  const { screenToFlowPosition } = useReactFlow();
  const marks = useMapMarks(nodes, edges, board.partnerships);
  const nameOf = useMemo(() => agencyNames(board), [board]);
  // Stable callbacks: a new one on each render would be handed to React Flow's store every time.
  const clearSelection = useCallback(() => select({}), [select]);
  const addOnDoubleClick = useCallback(
    (e: MouseEvent) => {
      const onPane = (e.target as HTMLElement).classList.contains('react-flow__pane');
      if (onPane && !readOnly) onAddAt(screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [onAddAt, readOnly, screenToFlowPosition],
  );
  const fitViewOptions = useFitViewOptions();
  const container = useRef<HTMLDivElement>(null);
  useAgenciesReadFirst(container);
  return (
    <div className="canvas" ref={container}>
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
        onMove={onMove}
        onMoveStart={onMoveStart}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={60}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={readOnly ? null : deleteKeys}
        multiSelectionKeyCode={multiSelectionKeys}
        selectionKeyCode="Shift"
        zoomOnDoubleClick={false}
        onDoubleClick={addOnDoubleClick}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.2}
        maxZoom={2}
        proOptions={proOptions}
        onlyRenderVisibleElements
      >
        {/* Fainter and sparser than the dotted Communication line, so the two are never confused. */}
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.1} color="#d5dae2" />
                <PartnershipOutlines hulls={marks.hulls} selectedId={selection.partnershipId} onSelect={(id) => select({ partnershipId: id })} />
        <ExchangeLabels marks={marks} edges={edges} nameOf={nameOf} />
        <Controls showInteractive={false} position="bottom-right" fitViewOptions={fitViewOptions} />
        {children}
      </ReactFlow>
    </div>
  );
}
