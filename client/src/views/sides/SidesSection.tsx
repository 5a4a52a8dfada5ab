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
  type Trust,
} from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { TRUST_MEANINGS } from '../../common/labels.ts';
import { Section, SoftProblem } from '../../inspector/fields.tsx';
import { useAttempt } from '../../inspector/useAttempt.ts';
import { DisagreementMark } from './DisagreementMark.tsx';
import { SelectField } from './SelectField.tsx';
import { sidesSentence } from './sidesSentence.ts';

/** 0 stands for "not rated yet" among the choices, which need a value for every option. */
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
          <fieldset key={side} className="side-view" data-testid="side-view">
            <legend>{nameOf(side)}</legend>
            <SelectField
              label="Own rating of integration"
              options={RATINGS.map((v) => ({ value: String(v), label: RATING_LABELS[v] }))}
              value={String(view.integration ?? 0)}
              onChange={(v) => attempt(() => setSideView(doc, r.id, side, { integration: v === '0' ? null : (Number(v) as Integration) }))}
              disabled={readOnly}
            />
            <SelectField
              label={`Trust in ${nameOf(other)}`}
              options={TRUST_LEVELS.map((t) => ({ value: t, label: TRUST_LABELS[t], meaning: TRUST_MEANINGS[t] }))}
              value={view.trust}
              onChange={(trust) => attempt(() => setSideView(doc, r.id, side, { trust: trust as Trust }))}
              disabled={readOnly}
            />
          </fieldset>
        );
      })}
    </Section>
  );
}
