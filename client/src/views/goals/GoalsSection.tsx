import { addGoal, removeGoal, updateGoal } from '@partnermap/shared/doc';
import { agencyNames } from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { Section, SoftProblem, TextField } from '../../inspector/fields.tsx';
import { useAttempt } from '../../inspector/useAttempt.ts';

interface Props {
  onSelectRelationship: (id: string) => void;
  onSelectPartnership: (id: string) => void;
}

/**
 * The board's goals, as outcomes for people who use services, each with what serves it: the
 * relationships and partnerships linked to it in their inspectors.
 */
export function GoalsSection({ onSelectRelationship, onSelectPartnership }: Props) {
  const { doc, board, readOnly } = useBoardContext();
  const { problem, attempt } = useAttempt();
  const nameOf = agencyNames(board);
  return (
    <Section title="Goals">
      <p className="hint">What the partnership is for, as an outcome for people who use services.</p>
      <SoftProblem problem={problem} />
      {board.goals.length === 0 && readOnly && <p className="view-none">No goals written yet.</p>}
      {board.goals.map((g, i) => {
        const relationships = board.relationships.filter((r) => r.goalIds.includes(g.id));
        const partnerships = board.partnerships.filter((p) => p.goalIds.includes(g.id));
        return (
          <div key={g.id} className="goal" data-testid="goal">
            <div className="goal-row">
              <TextField
                label={`Goal ${i + 1}`}
                hideLabel
                multiline
                value={g.outcome}
                onCommit={(outcome) => attempt(() => updateGoal(doc, g.id, outcome))}
                disabled={readOnly}
              />
              {!readOnly && (
                <button type="button" className="icon-button" aria-label={`Remove goal ${i + 1}`} onClick={() => removeGoal(doc, g.id)}>
                  ×
                </button>
              )}
            </div>
            <p className="goal__served-title">What serves it</p>
            {relationships.length + partnerships.length === 0 ? (
              <p className="goal__none">Nothing linked yet: link relationships and partnerships to it in their inspectors.</p>
            ) : (
              <ul className="goal__served">
                {partnerships.map((p) => (
                  <li key={p.id}>
                    <button type="button" className="link" onClick={() => onSelectPartnership(p.id)}>
                      {p.name || 'Unnamed partnership'}
                    </button>{' '}
                    <span className="goal__kind">partnership</span>
                  </li>
                ))}
                {relationships.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="link" onClick={() => onSelectRelationship(r.id)}>
                      {nameOf(r.source)} and {nameOf(r.target)}
                    </button>{' '}
                    <span className="goal__kind">relationship</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
      {!readOnly && (
        <button type="button" className="button" onClick={() => addGoal(doc, '')}>
          Add a goal
        </button>
      )}
    </Section>
  );
}
