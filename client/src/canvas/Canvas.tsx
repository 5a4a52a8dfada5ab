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
import type { ReactNode } from 'react';
import { useBoardContext } from '../app/BoardContext.ts';
import { useSelection } from '../selection/selection.ts';
import { RelationshipEdge } from './edges/RelationshipEdge.tsx';
import { AgencyNode } from './nodes/AgencyNode.tsx';
import { PartnershipOutlines } from './PartnershipOutlines.tsx';
import type { AgencyNode as AgencyFlowNode, RelationshipFlowEdge } from './toFlow.ts';
import type { CanvasFlow } from './useCanvasState.ts';

const nodeTypes = { agency: AgencyNode };
const edgeTypes = { relationship: RelationshipEdge };

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
  return (
    <div className="canvas">
      <ReactFlow<AgencyFlowNode, RelationshipFlowEdge>
        aria-label="Map of the agencies and their relationships"
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={flow.onNodesChange}
        onEdgesChange={flow.onEdgesChange}
        onConnect={flow.onConnect}
        onPaneClick={() => select({})}
        onMove={onMove}
        onMoveStart={onMoveStart}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={60}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        zoomOnDoubleClick={false}
        onDoubleClick={(e) => {
          const onPane = (e.target as HTMLElement).classList.contains('react-flow__pane');
          if (onPane && !readOnly) onAddAt(screenToFlowPosition({ x: e.clientX, y: e.clientY }));
        }}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.3 }}
        minZoom={0.2}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        {/* Fainter and sparser than the dotted Communication line, so the two are never confused. */}
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.1} color="#d5dae2" />
        <PartnershipOutlines
          partnerships={board.partnerships}
          nodes={nodes}
          selectedId={selection.partnershipId}
          onSelect={(id) => select({ partnershipId: id })}
        />
        <Controls showInteractive={false} position="bottom-right" />
        {children}
      </ReactFlow>
    </div>
  );
}
