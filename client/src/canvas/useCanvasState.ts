import { applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { BoardDoc } from '@partnermap/shared/doc';
import type { Board, Position } from '@partnermap/shared/model';
import type { Lit } from './filters.ts';
import { applyOps, connectionToOps, edgeChangesToOps, nodeChangesToOps } from './flowChanges.ts';
import { edgeKeeper } from './keepEdges.ts';
import type { AgencyNode, RelationshipFlowEdge } from './toFlow.ts';
import { useCanvasSelection } from './useCanvasSelection.ts';
import { useDragWrites, type DragSteps } from './useDragWrites.ts';
import { useNodeMirror } from './useNodeMirror.ts';
import { usePlacement } from './usePlacement.ts';

/** What React Flow is given: the board as nodes and edges, and what its gestures do. */
export interface CanvasFlow {
  nodes: AgencyNode[];
  edges: RelationshipFlowEdge[];
  onNodesChange(changes: NodeChange<AgencyNode>[]): void;
  onEdgesChange(changes: EdgeChange[]): void;
  onConnect(connection: Connection): void;
  /** Adds an agency centred on a point of the board (a double-click on empty canvas). */
  onAddAt(centre: Position): void;
}

/**
 * The React Flow side of a board, put together from its parts: the node mirror, the selection,
 * drag writes and placement. Every edit goes to the doc through the shared API; a view-only
 * board keeps its selection and sends nothing (its doc would refuse).
 */
export function useCanvasState(doc: BoardDoc, board: Board, lit: Lit, readOnly: boolean, steps?: DragSteps) {
  const { nodes, setNodes, selectOnArrival } = useNodeMirror(board, lit);
  const { controls, selectedEdges, noteNodeChanges, noteEdgeChanges, focusName } = useCanvasSelection(nodes, setNodes);
  const { select } = controls;
  const writeOps = useDragWrites(doc, steps);
  const edgesOf = useMemo(() => edgeKeeper(), []);
  const edges = useMemo(() => edgesOf(board, selectedEdges, lit), [edgesOf, board, selectedEdges, lit]);
  const clearSelection = useCallback(() => select({}), [select]);
  const placement = usePlacement(doc, { clearSelection, selectOnArrival, focusName });

  const onNodesChange = useCallback(
    (changes: NodeChange<AgencyNode>[]) => {
      setNodes((ns) => applyNodeChanges(changes, ns));
      noteNodeChanges(changes);
      if (!readOnly) writeOps(nodeChangesToOps(changes));
    },
    [setNodes, noteNodeChanges, writeOps, readOnly],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      noteEdgeChanges(changes);
      if (!readOnly) applyOps(doc, edgeChangesToOps(changes));
    },
    [doc, noteEdgeChanges, readOnly],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (readOnly) return;
      const [relationshipId] = applyOps(doc, connectionToOps(connection));
      if (relationshipId) select({ relationshipIds: [relationshipId] });
    },
    [doc, select, readOnly],
  );

  const flow: CanvasFlow = { nodes, edges, onNodesChange, onEdgesChange, onConnect, onAddAt: placement.addAgencyAt };
  return { flow, selection: controls, area: placement.area, addInView: placement.addInView };
}
