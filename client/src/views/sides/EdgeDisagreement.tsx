import { sidesDisagree, type Relationship } from '@partnermap/shared/model';
import { DisagreementMark } from './DisagreementMark.tsx';

/** On the map, the mark of a relationship whose two sides disagree, just above its middle. */
export function EdgeDisagreement({ relationship, at }: { relationship: Relationship; at: { x: number; y: number } }) {
  if (!sidesDisagree(relationship)) return null;
  return (
    <div className="sides-marker" style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y - 22}px)` }} data-testid="sides-marker">
      <DisagreementMark />
    </div>
  );
}
