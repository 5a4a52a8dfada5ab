import { addGoal, removeGoal, updateGoal } from '@partnermap/shared/doc';
import { useAttempt } from './useAttempt.ts';
import { useBoardContext } from '../app/BoardContext.ts';
import { Section, SoftProblem, TextField } from './fields.tsx';

/** Nothing selected: the board's goals, and how to go on. */
export function BoardInspector() {
  const { doc, board, readOnly } = useBoardContext();
  const { problem, attempt } = useAttempt();
  return (
    <div className="inspector__body" data-testid="board-inspector">
      <header className="inspector__header">
        <span className="inspector__kind">This board</span>
      </header>
      <Section title="Goals">
        <p className="hint">What the partnership is for, as an outcome for people who use services.</p>
        <SoftProblem problem={problem} />
        {board.goals.map((g, i) => (
          <div key={g.id} className="goal-row">
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
        ))}
        {!readOnly && (
          <button type="button" className="button" onClick={() => addGoal(doc, '')}>
            Add a goal
          </button>
        )}
      </Section>
      {!readOnly && (
        <Section title="Tips">
          <ul className="tips">
            <li>Select an agency or relationship to edit it here.</li>
            <li>Shift-click agencies, or Shift-drag a box around them, to select several and form a partnership.</li>
            <li>Press Delete to remove what is selected, Escape to clear the selection.</li>
          </ul>
        </Section>
      )}
    </div>
  );
}
