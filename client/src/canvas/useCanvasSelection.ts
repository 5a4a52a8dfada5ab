import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { Selection, SelectionControls } from '../selection/selection.ts';
import type { AgencyNode } from './toFlow.ts';

/**
 * The board's selection as the map holds it: agencies by their nodes' `selected` flag (React
 * Flow's own), relationships and the partnership here. Selecting on the map drops the partnership.
 */
export function useCanvasSelection(nodes: readonly AgencyNode[], setNodes: Dispatch<SetStateAction<AgencyNode[]>>) {
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const [partnershipId, setPartnershipId] = useState<string>();
  const [focusNameOf, setFocusNameOf] = useState<string>();

  const select = useCallback(
    (s: Partial<Selection>) => {
      const agencies = new Set(s.agencyIds ?? []);
      setNodes((ns) => ns.map((n) => (!!n.selected === agencies.has(n.id) ? n : { ...n, selected: agencies.has(n.id) })));
      setSelectedEdges(new Set(s.relationshipIds ?? []));
      setPartnershipId(s.partnershipId);
      setFocusNameOf(undefined);
    },
    [setNodes],
  );

  /** Node selection itself is applied with the node changes; here only its effect on the partnership. */
  const noteNodeChanges = useCallback((changes: readonly NodeChange<AgencyNode>[]) => {
    if (changes.some((c) => c.type === 'select' && c.selected)) setPartnershipId(undefined);
  }, []);

  const noteEdgeChanges = useCallback((changes: readonly EdgeChange[]) => {
    setSelectedEdges((prev) => {
      const next = new Set(prev);
      for (const c of changes) {
        if (c.type === 'select' && c.selected) next.add(c.id);
        else if ((c.type === 'select' && !c.selected) || c.type === 'remove') next.delete(c.id);
      }
      return next;
    });
    if (changes.some((c) => c.type === 'select' && c.selected)) setPartnershipId(undefined);
  }, []);

  // The same list while the same agencies are selected: a drag changes the nodes on every pointer
  // move, and a new list would re-render everything that reads the selection.
  const keepIds = useMemo(() => {
    let last: string[] = [];
    return (ids: string[]) => (last = ids.length === last.length && ids.every((id, i) => id === last[i]) ? last : ids);
  }, []);
  const agencyIds = useMemo(() => keepIds(nodes.filter((n) => n.selected).map((n) => n.id)), [keepIds, nodes]);
  const controls: SelectionControls = useMemo(
    () => ({ selection: { agencyIds, relationshipIds: [...selectedEdges], partnershipId }, select, focusNameOf }),
    [agencyIds, selectedEdges, partnershipId, select, focusNameOf],
  );

  return { controls, selectedEdges, noteNodeChanges, noteEdgeChanges, focusName: setFocusNameOf };
}
