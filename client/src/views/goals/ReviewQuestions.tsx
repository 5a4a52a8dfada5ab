import { setMeta, setReviewAnswer } from '@partnermap/shared/doc';
import { REVIEW_QUESTIONS, REVIEW_STATUSES, REVIEW_STATUS_LABELS, type ReviewQuestionId } from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { ChoiceField, Section, SoftProblem, TextField, choicesOf } from '../../inspector/fields.tsx';
import { useAttempt } from '../../inspector/useAttempt.ts';
import { usePerson } from '../../presence/usePerson.ts';

/**
 * The review questions a team answers together (DOMAIN.md), each with its answer, whether it is
 * agreed, and who last changed it, with the board's definition of partnership they refer to.
 */
export function ReviewQuestions() {
  const { doc, board, readOnly } = useBoardContext();
  const { person } = usePerson();
  const { problem, attempt } = useAttempt();
  const by = person?.name ?? '';
  const answer = (id: ReviewQuestionId, patch: Parameters<typeof setReviewAnswer>[2]) =>
    attempt(() => setReviewAnswer(doc, id, patch, by));
  return (
    <Section title="Review questions">
      <p className="hint">Answered together on the board; mark an answer agreed once the whole team holds to it.</p>
      <SoftProblem problem={problem} />
      <TextField
        label="Our definition of partnership"
        multiline
        value={board.meta.definition}
        onCommit={(definition) => attempt(() => setMeta(doc, { definition }))}
        disabled={readOnly}
      />
      <ol className="review">
        {REVIEW_QUESTIONS.map((q) => {
          const a = board.meta.reviewAnswers[q.id];
          return (
            <li key={q.id} className="review__item" data-testid="review-question" data-question={q.id}>
              <TextField
                label={q.text}
                multiline
                value={a?.answer ?? ''}
                onCommit={(text) => answer(q.id, { answer: text })}
                placeholder={readOnly ? 'Not answered yet' : 'The team’s answer'}
                disabled={readOnly}
              />
              <ChoiceField
                compact
                legend={`Status of “${q.text}”`}
                choices={choicesOf(REVIEW_STATUSES, REVIEW_STATUS_LABELS)}
                value={a?.status ?? 'open'}
                onChange={(status) => answer(q.id, { status })}
                disabled={readOnly}
              />
              <p className="review__by" data-testid="review-changed-by">
                {a?.changedBy ? `Last changed by ${a.changedBy}` : a ? 'Last changed by someone unnamed' : 'Not answered yet'}
              </p>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
