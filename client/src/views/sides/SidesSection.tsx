import { setSideView } from '@partnermap/shared/doc';
import {
  INTEGRATION_DEGREES,
  INTEGRATION_LABELS,
  TRUST_LABELS,
  TRUST_LEVELS,
  agencyNames,
  disagreementOf,
  sideViewOf,
  type Integration,
  type Relationship,
} from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { TRUST_MEANINGS } from '../../common/labels.ts';
import { ChoiceField, Section, SoftProblem, choicesOf } from '../../inspector/fields.tsx';
import { useAttempt } from '../../inspector/useAttempt.ts';
import { DisagreementMark } from './DisagreementMark.tsx';
import { sidesSentence } from './sidesSentence.ts';

/** 0 stands for "not rated yet" among the radio choices, which need a value for every option. */
const RATINGS = [0, ...INTEGRATION_DEGREES] as const;
const RATING_LABELS: Record<(typeof RATINGS)[number], string> = { 0: 'Not rated', ...INTEGRATION_LABELS };

/**
 * Each agency's own view of the relationship: its rating of the degree of integration, beside the
 * agreed one, and its trust in the other. Where the two differ by two steps or more, both are
 * spelled out (the map marks the relationship too).
 */
export function SidesSection({ relationship: r }: { relationship: Relationship }) {
  const { doc, board, readOnly } = useBoardContext();
  const { problem, attempt } = useAttempt();
  const nameOf = agencyNames(board);
  const differ = disagreementOf(r);
  const sides = [
    [r.source, r.target],
    [r.target, r.source],
  ] as const;
  return (
    <Section title="Each side's view">
      <p className="hint">
        Each agency's own rating, beside the agreed degree ({INTEGRATION_LABELS[r.integration]}), and how far it trusts
        the other.
      </p>
      {(differ.integration || differ.trust) && (
        <p className="warning sides-warning" role="note" data-testid="sides-warning">
          <DisagreementMark /> {sidesSentence(r, differ, nameOf)}
        </p>
      )}
      <SoftProblem problem={problem} />
      {sides.map(([side, other]) => {
        const view = sideViewOf(r, side)!;
        return (
          <div key={side} className="side-view" data-testid="side-view">
            <h4>{nameOf(side)}</h4>
            <ChoiceField
              compact
              legend={`${nameOf(side)}'s own rating of integration`}
              choices={choicesOf(RATINGS, RATING_LABELS)}
              value={view.integration ?? 0}
              onChange={(v) => attempt(() => setSideView(doc, r.id, side, { integration: v === 0 ? null : (v as Integration) }))}
              disabled={readOnly}
            />
            <ChoiceField
              compact
              legend={`How far ${nameOf(side)} trusts ${nameOf(other)}`}
              choices={choicesOf(TRUST_LEVELS, TRUST_LABELS, TRUST_MEANINGS)}
              value={view.trust}
              onChange={(trust) => attempt(() => setSideView(doc, r.id, side, { trust }))}
              disabled={readOnly}
            />
          </div>
        );
      })}
    </Section>
  );
}
