import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnMove,
  type OnMoveStart,
} from '@xyflow/react';
import type { ReactNode } from 'react';
import type { Partnership, Position } from '@partnermap/shared/model';
import { RelationshipEdge } from './edges/RelationshipEdge.tsx';
import { AgencyNode } from './nodes/AgencyNode.tsx';
import { PartnershipOutlines } from './PartnershipOutlines.tsx';
import type { AgencyNode as AgencyFlowNode, RelationshipFlowEdge } from './toFlow.ts';

const nodeTypes = { agency: AgencyNode };
const edgeTypes = { relationship: RelationshipEdge };

interface Props {
  nodes: AgencyFlowNode[];
  edges: RelationshipFlowEdge[];
  partnerships: readonly Partnership[];
  selectedPartnershipId: string | undefined;
  readOnly: boolean;
  onNodesChange: (changes: NodeChange<AgencyFlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange[]) => void;
  onConnect: (connection: Connection) => void;
  onSelectPartnership: (id: string) => void;
  onPaneClick: () => void;
  onAddAt: (flowPoint: Position) => void;
  /** Pan and zoom, shared as presence so that colleagues can follow this view. */
  onMove?: OnMove;
  /** Called with an event only when the person pans or zooms themselves (which stops following). */
  onMoveStart?: OnMoveStart;
  /** Panels drawn over the canvas: toolbar, legend, filters, guidance. */
  children?: ReactNode;
}

/** The React Flow canvas. Double-click on empty canvas adds an agency there. */
export function Canvas(props: Props) {
  const { nodes, edges, readOnly, onAddAt } = props;
  const { screenToFlowPosition } = useReactFlow();
  return (
    <div className="canvas">
      <ReactFlow<AgencyFlowNode, RelationshipFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={props.onNodesChange}
        onEdgesChange={props.onEdgesChange}
        onConnect={props.onConnect}
        onPaneClick={props.onPaneClick}
        onMove={props.onMove}
        onMoveStart={props.onMoveStart}
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
        <Background variant={BackgroundVariant.Dots} gap={22} size={1.4} color="#c8ced8" />
        <PartnershipOutlines
          partnerships={props.partnerships}
          nodes={nodes}
          selectedId={props.selectedPartnershipId}
          onSelect={props.onSelectPartnership}
        />
        <Controls showInteractive={false} position="bottom-right" />
        {props.children}
      </ReactFlow>
    </div>
  );
}
