/** The arrowhead drawn at the receiving end(s) of a relationship while the map shows one currency. */
export function FlowArrow({ id }: { id: string }) {
  return (
    <defs>
      <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
        <path d="M0 0L10 5L0 10z" style={{ fill: 'var(--accent)' }} />
      </marker>
    </defs>
  );
}
