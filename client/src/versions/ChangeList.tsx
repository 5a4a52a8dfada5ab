import type { ChangeSection, LineKind } from './changeLines.ts';

const KIND_WORDS: Record<LineKind, { mark: string; word: string }> = {
  added: { mark: '+', word: 'Added' },
  removed: { mark: '−', word: 'Removed' },
  changed: { mark: '●', word: 'Changed' },
};

/** The changes as a list beside the map: each line says in words what happened. */
export function ChangeList({ sections }: { sections: ChangeSection[] }) {
  const any = sections.some((s) => s.lines.length > 0);
  if (!any) return <p className="versions-empty">Nothing changed between these two.</p>;
  return (
    <div className="versions-changes">
      {sections.filter((s) => s.lines.length > 0).map((s) => (
        <section key={s.title}>
          <h4>{s.title}</h4>
          <ul>
            {s.lines.map((line) => (
              <li key={`${line.kind}-${line.id}`} className={`versions-change versions-change--${line.kind}`} data-kind={line.kind}>
                <span className="versions-change__kind">
                  <span aria-hidden>{KIND_WORDS[line.kind].mark}</span> {KIND_WORDS[line.kind].word}:
                </span>{' '}
                {line.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
