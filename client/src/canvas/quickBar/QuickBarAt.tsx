import { EdgeToolbar, useStore } from '@xyflow/react';
import type { Relationship } from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { useSelection } from '../../selection/selection.ts';
import type { Point } from '../geometry.ts';
import { placeBar } from './placeBar.ts';
import { QuickBar } from './QuickBar.tsx';

interface Props {
  relationship: Relationship;
  from: Point;
  to: Point;
}

/** The quick bar beside a selected relationship's line, when it is the only thing selected and the board can be edited. */
export function QuickBarAt({ relationship, from, to }: Props) {
  const { readOnly } = useBoardContext();
  const { selection } = useSelection();
  const zoom = useStore((s) => s.transform[2]);
  const alone = selection.relationshipIds.length === 1 && selection.agencyIds.length === 0 && !selection.partnershipId;
  if (readOnly || !alone) return null;
  const place = placeBar(from, to, zoom);
  return (
    <EdgeToolbar edgeId={relationship.id} isVisible {...place} className="nopan nodrag nowheel">
      <QuickBar key={relationship.id} relationship={relationship} />
    </EdgeToolbar>
  );
}
