import { useCallback, useEffect, useState } from 'react';
import type { Board } from '@partnermap/shared/model';
import type { Lit } from './filters.ts';
import { jumpsBetween, type Move } from './tidy/moves.ts';
import { useMoveAnimation } from './tidy/useMoveAnimation.ts';
import { mergeNodes, type AgencyNode } from './toFlow.ts';

/** What the nodes were last merged with, and the glide that merge called for. */
interface Merged {
  board: Board;
  lit: Lit;
  want: string | undefined;
  moves: ReadonlyMap<string, Move>;
}

/**
 * React Flow's nodes for the board, re-merged after each change so that what is local to this
 * page (selection, measured size, a drag in progress) survives a colleague's edit. A
 * rearrangement of several agencies is shown gliding rather than jumping.
 */
export function useNodeMirror(board: Board, lit: Lit) {
  const [nodes, setNodes] = useState<AgencyNode[]>([]);
  const [merged, setMerged] = useState<Merged>();
  /** An agency just added here, to select once the board read back holds it. */
  const [selectWhenShown, setSelectWhenShown] = useState<string>();
  const { glide } = useMoveAnimation(setNodes);

  // Merged while this render runs rather than in an effect after it, so that React draws the new
  // nodes in the same pass: an effect's update cost a second pass over the whole map on every
  // colleague's edit (a fifth of the main thread's time for it on a 200-agency map).
  // The agency to select is part of it, in case it was asked for in a render after the board's.
  if (merged?.board !== board || merged.lit !== lit || merged.want !== selectWhenShown) {
    const next = mergeNodes(nodes, board, lit);
    const moves = jumpsBetween(nodes, next);
    // The glide starts from where the agencies are shown now.
    let shown = moves.size ? next.map((n) => (moves.has(n.id) ? { ...n, position: moves.get(n.id)!.from } : n)) : next;
    const want = selectWhenShown;
    if (want && shown.some((n) => n.id === want)) shown = shown.map((n) => (n.selected === (n.id === want) ? n : { ...n, selected: n.id === want }));
    // Over an update this render did not take in (of another priority), merged afresh.
    setNodes((prev) => (prev === nodes ? shown : mergeNodes(prev, board, lit)));
    setMerged({ board, lit, want, moves });
  }

  // A change to the board stops a glide under way; a rearrangement starts one.
  useEffect(() => {
    if (merged) glide(merged.moves);
  }, [merged, glide]);

  // Selected once shown: forgotten only then, so a render that is thrown away cannot lose it.
  useEffect(() => {
    if (selectWhenShown && nodes.some((n) => n.id === selectWhenShown && n.selected)) setSelectWhenShown(undefined);
  }, [nodes, selectWhenShown]);

  /** Selects an agency just added once the board read back holds it (set in the same event as the adding). */
  const selectOnArrival = useCallback((id: string) => setSelectWhenShown(id), []);

  return { nodes, setNodes, selectOnArrival };
}
