import { dissolvePartnership, setPartnershipMembers, updatePartnership } from '@partnermap/shared/doc';
import {
  PARTNERSHIP_MODELS,
  PARTNERSHIP_MODEL_LABELS,
  PARTNERSHIP_MODEL_MEANINGS,
  agencyName,
  type Partnership,
} from '@partnermap/shared/model';
import { useAttempt } from './useAttempt.ts';
import { useBoardContext } from '../app/BoardContext.ts';
import { ChoiceField, Section, SoftProblem, TextField, choicesOf } from './fields.tsx';

interface Props {
  partnership: Partnership;
  onDissolved: () => void;
}

export function PartnershipInspector({ partnership: p, onDissolved }: Props) {
  const { doc, board, readOnly } = useBoardContext();
  const { problem, attempt } = useAttempt();
  const update = (patch: Partial<Partnership>) => attempt(() => updatePartnership(doc, p.id, patch));
  const toggleMember = (id: string) => {
    const next = p.memberIds.includes(id) ? p.memberIds.filter((m) => m !== id) : [...p.memberIds, id];
    if (next.length > 0) attempt(() => setPartnershipMembers(doc, p.id, next));
  };
  const toggleGoal = (g: string) =>
    update({ goalIds: p.goalIds.includes(g) ? p.goalIds.filter((x) => x !== g) : [...p.goalIds, g] });

  return (
    <div className="inspector__body" data-testid="partnership-inspector">
      <header className="inspector__header">
        <h2 className="inspector__kind" tabIndex={-1}>
          Partnership<span className="visually-hidden">: {p.name || 'Unnamed partnership'}</span>
        </h2>
      </header>
      <SoftProblem problem={problem} />
      <TextField
        label="Name"
        value={p.name}
        onCommit={(name) => update({ name })}
        placeholder="e.g. Hospital discharge partnership"
        disabled={readOnly}
        className="field--title"
      />
      <ChoiceField
        legend="Model"
        choices={choicesOf(PARTNERSHIP_MODELS, PARTNERSHIP_MODEL_LABELS, PARTNERSHIP_MODEL_MEANINGS)}
        value={p.model}
        onChange={(model) => update({ model })}
        disabled={readOnly}
      />
      <TextField
        label="Why this model"
        multiline
        value={p.description}
        onCommit={(description) => update({ description })}
        placeholder="So that every partner is clear why it was chosen"
        disabled={readOnly}
      />
      <Section title="Members">
        {board.agencies.map((a) => (
          <label key={a.id} className="checkbox">
            <input
              type="checkbox"
              checked={p.memberIds.includes(a.id)}
              disabled={readOnly || (p.memberIds.length === 1 && p.memberIds.includes(a.id))}
              onChange={() => toggleMember(a.id)}
            />
            {agencyName(a)}
          </label>
        ))}
      </Section>
      {board.goals.length > 0 && (
        <Section title="Goals it serves">
          {board.goals.map((g) => (
            <label key={g.id} className="checkbox">
              <input type="checkbox" checked={p.goalIds.includes(g.id)} disabled={readOnly} onChange={() => toggleGoal(g.id)} />
              {g.outcome || 'Untitled goal'}
            </label>
          ))}
        </Section>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            dissolvePartnership(doc, p.id);
            onDissolved();
          }}
        >
          Dissolve partnership
        </button>
      )}
    </div>
  );
}
