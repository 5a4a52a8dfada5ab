import { useMemo, useState } from 'react';
import { updateAgencies, updateRelationships } from '@partnermap/shared/doc';
import { indexBoard } from '@partnermap/shared/formats';
import { agencyNames, type Agency, type AgencyFields, type Relationship, type RelationshipFields } from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { softFailure } from '../../inspector/useAttempt.ts';
import { DataGrid } from './DataGrid.tsx';
import { AGENCY_TABLE, relationshipTable } from './tableColumns.ts';
import './table.css';

type Part = 'agencies' | 'relationships';

const AGENCY_NOUN = { one: 'agency', many: 'agencies' };
const RELATIONSHIP_NOUN = { one: 'relationship', many: 'relationships' };

/**
 * The board as two tables, agencies and relationships: sorted, filtered and edited in place, and
 * many rows at once. Live like the map (every row is read from the board as it is now), and the
 * way to read and change the board without seeing the map.
 */
export function TableView() {
  const { doc, board, readOnly } = useBoardContext();
  const [part, setPart] = useState<Part>('agencies');
  const index = useMemo(() => indexBoard(board), [board]);
  const relColumns = useMemo(() => relationshipTable(board), [board]);
  const nameOf = useMemo(() => agencyNames(board), [board]);

  /** Runs a write; a refusal a person can act on (a row just removed) becomes words, not a crash. */
  const attempt = (write: () => string[], done: (count: number) => string): string => {
    try {
      const changed = write();
      return done(changed.length);
    } catch (error) {
      const words = softFailure(error);
      if (words === undefined) throw error;
      return words;
    }
  };
  const counted = (count: number, asked: number, noun: { one: string; many: string }) => {
    const rows = `${count} ${count === 1 ? noun.one : noun.many}`;
    const gone = asked - count;
    return asked === 1 && count === 1
      ? 'Saved.'
      : `Changed ${rows}.${gone > 0 ? ` ${gone} had been removed by a colleague.` : ''} Undo puts them all back.`;
  };

  return (
    <div className="view-scroll table-view" data-testid="table-view">
      <div className="view-head">
        <h2>Table</h2>
        <div className="table-parts" role="group" aria-label="Show">
          <button type="button" className="chip" aria-pressed={part === 'agencies'} onClick={() => setPart('agencies')}>
            Agencies ({board.agencies.length})
          </button>
          <button type="button" className="chip" aria-pressed={part === 'relationships'} onClick={() => setPart('relationships')}>
            Relationships ({board.relationships.length})
          </button>
        </div>
      </div>
      {part === 'agencies' ? (
        <DataGrid<Agency, AgencyFields>
          key="agencies"
          caption="Agencies on this board"
          noun={AGENCY_NOUN}
          rows={board.agencies}
          columns={AGENCY_TABLE}
          index={index}
          rowName={(a) => nameOf(a.id)}
          readOnly={readOnly}
          empty="No agencies yet. Add agencies on the map; they are listed here to sort and edit."
          onEdit={(ids, patch) =>
            attempt(() => updateAgencies(doc, ids, patch), (n) => counted(n, ids.length, AGENCY_NOUN))
          }
        />
      ) : (
        <DataGrid<Relationship, RelationshipFields>
          key="relationships"
          caption="Relationships on this board"
          noun={RELATIONSHIP_NOUN}
          rows={board.relationships}
          columns={relColumns}
          index={index}
          rowName={(r) => `${nameOf(r.source)} and ${nameOf(r.target)}`}
          readOnly={readOnly}
          empty="No relationships yet. Connect two agencies on the map, or from an agency's inspector."
          onEdit={(ids, patch) =>
            attempt(() => updateRelationships(doc, ids, patch), (n) => counted(n, ids.length, RELATIONSHIP_NOUN))
          }
        />
      )}
    </div>
  );
}
