/** What to do first on an empty board. */
export function EmptyGuide({ onAdd, readOnly }: { onAdd: () => void; readOnly: boolean }) {
  return (
    <div className="empty-guide panel" data-testid="empty-guide">
      <h2>Start with the agencies</h2>
      {readOnly ? (
        <p>Nothing has been mapped on this board yet.</p>
      ) : (
        <>
          <p>
            Add each body involved: the NHS trust, the council's social care team, the housing provider, voluntary groups,
            and people who use services and carers.
          </p>
          <ol>
            <li>Add an agency and give it a name and sector.</li>
            <li>Drag from one agency's edge to another to record a relationship.</li>
            <li>Say what each side gives the other, and how closely they work.</li>
          </ol>
          <button type="button" className="button button--primary" onClick={onAdd}>
            Add your first agency
          </button>
          <p className="hint">or double-click anywhere on the board</p>
        </>
      )}
    </div>
  );
}
