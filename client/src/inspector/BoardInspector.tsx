import { useBoardContext } from '../app/BoardContext.ts';
import { GoalsSection } from '../views/goals/GoalsSection.tsx';
import { ReviewQuestions } from '../views/goals/ReviewQuestions.tsx';
import { Section } from './fields.tsx';

interface Props {
  onSelectRelationship: (id: string) => void;
  onSelectPartnership: (id: string) => void;
}

/** Nothing selected: the board's goals and what serves them, the review questions, and how to go on. */
export function BoardInspector({ onSelectRelationship, onSelectPartnership }: Props) {
  const { readOnly } = useBoardContext();
  return (
    <div className="inspector__body" data-testid="board-inspector">
      <header className="inspector__header">
        <h2 className="inspector__kind" tabIndex={-1}>This board</h2>
      </header>
      <GoalsSection onSelectRelationship={onSelectRelationship} onSelectPartnership={onSelectPartnership} />
      <ReviewQuestions />
      {!readOnly && (
        <Section title="Tips">
          <ul className="tips">
            <li>Select an agency or relationship to edit it here.</li>
            <li>
              Shift-click agencies, or Shift-drag a box around them, to select several and form a partnership. By keyboard:
              Tab to the map, move between agencies with the arrow keys and press Ctrl+Enter (Cmd+Enter on a Mac) on each.
            </li>
            <li>On the map, press C on an agency to connect it to another, R to go through its relationships, + and - to zoom.</li>
            <li>Press Delete to remove what is selected, Escape to clear the selection.</li>
          </ul>
        </Section>
      )}
    </div>
  );
}
