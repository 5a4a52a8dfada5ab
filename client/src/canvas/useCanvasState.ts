import { applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addAgency, type BoardDoc } from '@partnermap/shared/doc';
import { type Board, type Position } from '@partnermap/shared/model';
import type { Lit } from './filters.ts';
import { KeyedThrottle } from './throttle.ts';
import { applyOps, connectionToOps, edgeChangesToOps, nodeChangesToOps } from './flowChanges.ts';
import type { Selection } from '../inspector/Inspector.tsx';
import { mergeNodes, toEdges, type AgencyNode } from './toFlow.ts';

/** Peers see a dragged agency move at about this rate; the drop is always written at once. */
const DRAG_WRITE_MS = 80;

/** Marks the start and end of a drag, so that undo takes it back in one step. */
export interface DragSteps {
  beginStep(): void;
  endStep(): void;
}

/**
 * The React Flow side of a board: nodes (with local selection, size and drag position), edges,
 * and the selection shown in the inspector. Every edit goes to the doc through the shared API;
 * a view-only board keeps its selection and sends nothing (its doc would refuse).
 */
export function useCanvasState(doc: BoardDoc, board: Board, lit: Lit, readOnly: boolean, steps?: DragSteps) {
  const [nodes, setNodes] = useState<AgencyNode[]>([]);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const [partnershipId, setPartnershipId] = useState<string>();
  const [focusNameOf, setFocusNameOf] = useState<string>();
  const selectWhenShown = useRef<string | undefined>(undefined);
  const dragging = useRef(false);

  useEffect(() => {
    setNodes((prev) => {
      const merged = mergeNodes(prev, board, lit);
      const want = selectWhenShown.current;
      if (!want || !merged.some((n) => n.id === want)) return merged;
      selectWhenShown.current = undefined;
      return merged.map((n) => (n.selected === (n.id === want) ? n : { ...n, selected: n.id === want }));
    });
  }, [board, lit]);

  const edges = useMemo(() => toEdges(board, selectedEdges, lit), [board, selectedEdges, lit]);

  const throttle = useMemo(
    () =>
      new KeyedThrottle<Position>(
        (moves) => applyOps(doc, moves.map(([id, position]) => ({ op: 'move', id, position, final: true }))),
        DRAG_WRITE_MS,
      ),
    [doc],
  );
  useEffect(() => () => throttle.flushAll(), [throttle]);

  const onNodesChange = useCallback(
    (changes: NodeChange<AgencyNode>[]) => {
      setNodes((ns) => applyNodeChanges(changes, ns));
      if (changes.some((c) => c.type === 'select' && c.selected)) setPartnershipId(undefined);
      if (readOnly) return;
      const ops = nodeChangesToOps(changes);
      if (!dragging.current && ops.some((o) => o.op === 'move' && !o.final)) {
        dragging.current = true;
        steps?.beginStep();
      }
      for (const o of ops) {
        if (o.op === 'move' && !o.final) throttle.push(o.id, o.position);
        else if (o.op === 'move') throttle.flush(o.id, o.position);
      }
      if (dragging.current && ops.some((o) => o.op === 'move' && o.final)) {
        dragging.current = false;
        steps?.endStep();
      }
      applyOps(doc, ops.filter((o) => o.op !== 'move'));
    },
    [doc, throttle, steps, readOnly],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      setSelectedEdges((prev) => {
        const next = new Set(prev);
        for (const c of changes) {
          if (c.type === 'select' && c.selected) next.add(c.id);
          else if ((c.type === 'select' && !c.selected) || c.type === 'remove') next.delete(c.id);
        }
        return next;
      });
      if (changes.some((c) => c.type === 'select' && c.selected)) setPartnershipId(undefined);
      if (!readOnly) applyOps(doc, edgeChangesToOps(changes));
    },
    [doc, readOnly],
  );

  const select = useCallback((s: Partial<Selection>) => {
    const agencies = new Set(s.agencyIds ?? []);
    setNodes((ns) => ns.map((n) => (!!n.selected === agencies.has(n.id) ? n : { ...n, selected: agencies.has(n.id) })));
    setSelectedEdges(new Set(s.relationshipIds ?? []));
    setPartnershipId(s.partnershipId);
    setFocusNameOf(undefined);
  }, []);

  const onConnect = useCallback(
    (connection: Connection) => {
      if (readOnly) return;
      const [relationshipId] = applyOps(doc, connectionToOps(connection));
      if (relationshipId) select({ relationshipIds: [relationshipId] });
    },
    [doc, select, readOnly],
  );

  /** Adds an agency centred on a point of the board, selects it and focuses its name. */
  const addAgencyAt = useCallback(
    (centre: Position) => {
      const position = { x: Math.round(centre.x - 100), y: Math.round(centre.y - 36) };
      const id = addAgency(doc, { position });
      select({});
      selectWhenShown.current = id;
      setFocusNameOf(id);
    },
    [doc, select],
  );

  const selection: Selection = {
    agencyIds: nodes.filter((n) => n.selected).map((n) => n.id),
    relationshipIds: [...selectedEdges],
    partnershipId,
  };

  return { nodes, edges, onNodesChange, onEdgesChange, onConnect, select, selection, addAgencyAt, focusNameOf };
}
