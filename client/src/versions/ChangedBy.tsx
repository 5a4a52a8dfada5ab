import { useEffect, useState } from 'react';
import type { FieldHistoryEntry } from '@partnermap/shared/protocol';
import { useBoardContext } from '../app/BoardContext.ts';
import { useBoardAccess } from './boardAccess.ts';
import { historyLine } from './historyWords.ts';
import { fieldHistory } from './versionsApi.ts';
import './versions.css';

/** Edits settle before the history is asked for again. */
const SETTLE_MS = 1200;
const SHOWN = 3;

/**
 * Who last changed an agency's or relationship's fields ("Degree changed to Collaboration by
 * Sam, 3 March"), from the names people gave on the board. Shows nothing until there is something.
 */
export function ChangedBy({ entityId }: { entityId: string }) {
  const access = useBoardAccess();
  const { board } = useBoardContext();
  const [entries, setEntries] = useState<FieldHistoryEntry[]>([]);
  const boardId = access?.boardId;
  const token = access?.token;
  // The live board keeps an unchanged entity's object, so only a change to this one asks again.
  const entity = board.agencies.find((a) => a.id === entityId) ?? board.relationships.find((r) => r.id === entityId);

  useEffect(() => {
    if (!boardId || !token) return;
    let live = true;
    const timer = setTimeout(() => {
      fieldHistory({ boardId, token }, entityId).then(
        (found) => live && setEntries(found),
        // The history is a nicety: offline or refused, the inspector works without it.
        () => live && setEntries([]),
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [boardId, token, entityId, entity]);

  // The latest change of each field.
  const latest = entries.filter((e, i) => entries.findIndex((x) => x.field === e.field) === i);
  if (latest.length === 0) return null;
  return (
    <section className="inspector__section" aria-label="Recent changes" data-testid="changed-by">
      <h3>Recent changes</h3>
      <ul className="changed-by">
        {latest.slice(0, SHOWN).map((e) => (
          <li key={`${e.at}-${e.field}`}>{historyLine(e)}</li>
        ))}
      </ul>
    </section>
  );
}
