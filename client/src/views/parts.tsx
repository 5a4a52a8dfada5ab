import type { Selection } from '../selection/selection.ts';

/** While the measures load (once per visit, a moment). */
export function Loading() {
  return (
    <div className="view-scroll">
      <p className="view-loading" role="status">
        <span className="spinner spinner--small" aria-hidden /> Working out the figures…
      </p>
    </div>
  );
}

interface ListProps {
  items: readonly { relationshipId: string; text: string }[];
  select: (s: Partial<Selection>) => void;
  /** What to say when the list is empty. */
  none: string;
}

/** Lines about relationships, each opening its relationship in the inspector. */
export function RelationshipList({ items, select, none }: ListProps) {
  if (items.length === 0) return <p className="view-none">{none}</p>;
  return (
    <ul className="view-list">
      {items.map((item, i) => (
        <li key={`${item.relationshipId}-${i}`}>
          <button type="button" className="link" onClick={() => select({ relationshipIds: [item.relationshipId] })}>
            {item.text}
          </button>
        </li>
      ))}
    </ul>
  );
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Figures between 0 and 1 (or small means) to two places; whole numbers as they are. */
export const decimal = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/** A meaning from MEASURES (written to follow a label) as the start of a sentence. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
