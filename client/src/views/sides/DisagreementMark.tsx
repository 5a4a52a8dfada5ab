/** The mark of a relationship whose two sides rate it, or trust each other, two steps or more apart. */
export function DisagreementMark() {
  return (
    <span className="disagreement-mark" role="img" aria-label="The two sides disagree" title="The two sides see this relationship differently">
      ◆
    </span>
  );
}
