import { focusLandmark, type Landmark } from './landmarks.ts';

const LINKS: { to: Landmark; id: string; label: string }[] = [
  { to: 'map', id: 'board-map', label: 'Skip to the map' },
  { to: 'inspector', id: 'board-inspector', label: 'Skip to the inspector' },
];

/** The first Tab stops of a board, shown when focused: straight to the map or the inspector. F6 cycles them too. */
export function SkipLinks() {
  return (
    <div className="skip-links">
      {LINKS.map((l) => (
        <a
          key={l.to}
          className="skip-link"
          href={`#${l.id}`}
          onClick={(e) => {
            // Never follow the link itself: the board's address keeps its token in the fragment.
            e.preventDefault();
            focusLandmark(l.to);
          }}
        >
          {l.label}
        </a>
      ))}
    </div>
  );
}
