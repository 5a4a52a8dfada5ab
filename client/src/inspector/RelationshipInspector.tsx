import { removeRelationship, updateRelationship } from '@partnermap/shared/doc';
import {
  DIRECTIONS,
  DIRECTION_LABELS,
  DIRECTION_MEANINGS,
  FORMALITIES,
  FORMALITY_LABELS,
  FORMALITY_MEANINGS,
  INTEGRATION_DEGREES,
  INTEGRATION_LABELS,
  INTEGRATION_MEANINGS,
  LEVELS,
  LEVEL_LABELS,
  LEVEL_MEANINGS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_KIND_LABELS,
  PARTNERSHIP_KIND_MEANINGS,
  agencyNames,
  exchangesBySide,
  type Relationship,
} from '@partnermap/shared/model';
import { useAttempt } from './useAttempt.ts';
import { useBoardContext } from '../app/BoardContext.ts';
import { isOneWay } from '../canvas/toFlow.ts';
import { ExchangeList } from './ExchangeList.tsx';
import { ChoiceField, Section, SoftProblem, TextField, choicesOf } from './fields.tsx';
import { SidesSection } from '../views/sides/SidesSection.tsx';
import { ChangedBy } from '../versions/ChangedBy.tsx';

interface Props {
  relationship: Relationship;
  onDeleted: () => void;
}

export function RelationshipInspector({ relationship: r, onDeleted }: Props) {
  const { doc, board, readOnly } = useBoardContext();
  const nameOf = agencyNames(board);
  const { problem, attempt } = useAttempt();
  const update = (patch: Partial<Relationship>) => attempt(() => updateRelationship(doc, r.id, patch));
  const { forward, backward } = exchangesBySide(board)(r);
  const toggleGoal = (g: string) =>
    update({ goalIds: r.goalIds.includes(g) ? r.goalIds.filter((x) => x !== g) : [...r.goalIds, g] });

  return (
    <div className="inspector__body" data-testid="relationship-inspector">
      <header className="inspector__header">
        <span className="inspector__kind">Relationship</span>
      </header>
      <SoftProblem problem={problem} />
      <h2 className="inspector__title" tabIndex={-1}>
        {nameOf(r.source)} <span aria-hidden>⟷</span>
        <span className="visually-hidden"> and </span> {nameOf(r.target)}
      </h2>

      <Section title="Degree and kind">
        <ChoiceField
          legend="Degree of integration"
          choices={choicesOf(INTEGRATION_DEGREES, INTEGRATION_LABELS, INTEGRATION_MEANINGS)}
          value={r.integration}
          onChange={(integration) => update({ integration })}
          disabled={readOnly}
          compact
        />
        <ChoiceField
          legend="Kind of partnership"
          choices={choicesOf(PARTNERSHIP_KINDS, PARTNERSHIP_KIND_LABELS, PARTNERSHIP_KIND_MEANINGS)}
          value={r.kind}
          onChange={(kind) => update({ kind })}
          disabled={readOnly}
          compact
        />
        <ChangedBy entityId={r.id} />
      </Section>

      <Section title="Exchanges">
        {isOneWay({ forward, backward }) && (
          <p className="warning" role="note">
            One-way: only {nameOf((forward.length ? forward : backward)[0]!.from)} gives anything. Trust grows through
            exchanges in both directions.
          </p>
        )}
        {/* Grouped by direction: what the first agency gives, then what comes back. */}
        <ExchangeList relationship={r} exchanges={[...forward, ...backward]} nameOf={nameOf} />
      </Section>

      <Section title="How they work together">
        <ChoiceField
          legend="Formality"
          choices={choicesOf(FORMALITIES, FORMALITY_LABELS, FORMALITY_MEANINGS)}
          value={r.formality}
          onChange={(formality) => update({ formality })}
          disabled={readOnly}
          compact
        />
        <ChoiceField
          legend="Direction"
          choices={choicesOf(DIRECTIONS, DIRECTION_LABELS, DIRECTION_MEANINGS)}
          value={r.direction}
          onChange={(direction) => update({ direction })}
          disabled={readOnly}
          compact
        />
        <ChoiceField
          legend="Level"
          choices={choicesOf(LEVELS, LEVEL_LABELS, LEVEL_MEANINGS)}
          value={r.level}
          onChange={(level) => update({ level })}
          disabled={readOnly}
          compact
        />
      </Section>

      <SidesSection relationship={r} />

      {board.goals.length > 0 && (
        <Section title="Goals it serves">
          {board.goals.map((g) => (
            <label key={g.id} className="checkbox">
              <input type="checkbox" checked={r.goalIds.includes(g.id)} disabled={readOnly} onChange={() => toggleGoal(g.id)} />
              {g.outcome || 'Untitled goal'}
            </label>
          ))}
        </Section>
      )}

      <Section title="Notes">
        <TextField label="Notes" hideLabel multiline value={r.notes} onCommit={(notes) => update({ notes })} disabled={readOnly} />
      </Section>

      {!readOnly && (
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            removeRelationship(doc, r.id);
            onDeleted();
          }}
        >
          Delete relationship
        </button>
      )}
    </div>
  );
}
