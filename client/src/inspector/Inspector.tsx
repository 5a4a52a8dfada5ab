import { useBoardContext } from '../app/BoardContext.ts';
import type { Selection } from '../selection/selection.ts';
import { AgencyInspector } from './AgencyInspector.tsx';
import { BoardInspector } from './BoardInspector.tsx';
import { PartnershipInspector } from './PartnershipInspector.tsx';
import { RelationshipInspector } from './RelationshipInspector.tsx';
import { SelectionInspector } from './SelectionInspector.tsx';

interface Props {
  selection: Selection;
  /** The agency whose name field should take focus (one just added). */
  focusNameOf: string | undefined;
  onSelectRelationship: (id: string) => void;
  onSelectPartnership: (id: string) => void;
  onClear: () => void;
}

/** The panel for whatever is selected: one agency, one relationship, a partnership, several agencies, or the board. */
export function Inspector({ selection, focusNameOf, onSelectRelationship, onSelectPartnership, onClear }: Props) {
  const { board } = useBoardContext();
  const partnership = board.partnerships.find((p) => p.id === selection.partnershipId);
  const agencies = board.agencies.filter((a) => selection.agencyIds.includes(a.id));
  const relationship =
    selection.relationshipIds.length === 1 && agencies.length === 0
      ? board.relationships.find((r) => r.id === selection.relationshipIds[0])
      : undefined;

  let body;
  if (partnership) body = <PartnershipInspector key={partnership.id} partnership={partnership} onDissolved={onClear} />;
  else if (agencies.length === 1)
    body = (
      <AgencyInspector
        key={agencies[0]!.id}
        agency={agencies[0]!}
        focusName={focusNameOf === agencies[0]!.id}
        onSelectRelationship={onSelectRelationship}
        onDeleted={onClear}
      />
    );
  else if (agencies.length > 1) body = <SelectionInspector agencies={agencies} onFormed={onSelectPartnership} onDeleted={onClear} />;
  else if (relationship) body = <RelationshipInspector key={relationship.id} relationship={relationship} onDeleted={onClear} />;
  else body = <BoardInspector onSelectRelationship={onSelectRelationship} onSelectPartnership={onSelectPartnership} />;

  return (
    <aside className="inspector" id="board-inspector" aria-label="Inspector" data-landmark="inspector">
      {body}
    </aside>
  );
}
