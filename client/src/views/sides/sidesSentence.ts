import { INTEGRATION_LABELS, TRUST_LABELS, type Disagreement, type Relationship } from '@partnermap/shared/model';

/** Both sides' views where they differ, in one plain sentence for the inspector. */
export function sidesSentence(r: Relationship, differ: Disagreement, nameOf: (id: string) => string): string {
  const [s, t] = [nameOf(r.source), nameOf(r.target)];
  const parts: string[] = [];
  if (differ.integration && r.integrationFromSource && r.integrationFromTarget) {
    parts.push(
      `${s} rates it ${INTEGRATION_LABELS[r.integrationFromSource].toLowerCase()}, ${t} ${INTEGRATION_LABELS[r.integrationFromTarget].toLowerCase()}`,
    );
  }
  if (differ.trust) {
    parts.push(`${s}'s trust is ${TRUST_LABELS[r.trustFromSource].toLowerCase()}, ${t}'s ${TRUST_LABELS[r.trustFromTarget].toLowerCase()}`);
  }
  return `The two sides see this differently: ${parts.join('; ')}. Worth talking through together.`;
}
