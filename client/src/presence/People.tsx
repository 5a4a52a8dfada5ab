import type { Peer } from '@partnermap/shared/presence';
import type { Role } from '@partnermap/shared/protocol';
import { initials, type Person } from './person.ts';
import { readableTextOn } from '../common/contrast.ts';

/** Shown one by one; the rest are summed up, so thirty people still fit the top bar. */
const SHOWN = 7;

interface Props {
  me: Person;
  myRole: Role;
  peers: readonly Peer[];
  followingId: number | undefined;
  onFollow: (clientId: number | undefined) => void;
  onRename: () => void;
}

/** Who is on the board now: this person first, then colleagues; clicking one follows their view. */
export function People({ me, myRole, peers, followingId, onFollow, onRename }: Props) {
  const shown = peers.slice(0, SHOWN);
  const hidden = peers.slice(SHOWN);
  return (
    <ul className="people" aria-label="People on this board">
      <li>
        <button
          type="button"
          className="avatar avatar--me"
          style={{ background: me.colour, color: readableTextOn(me.colour) }}
          title={`${me.name} (you${myRole === 'view' ? ', viewing only' : ''}). Click to change your name.`}
          // The letters shown are in the name too, so that voice control users can say them (WCAG 2.5.3).
          aria-label={`You: ${me.name}, ${initials(me.name)}. Change your name`}
          onClick={onRename}
        >
          {initials(me.name)}
        </button>
      </li>
      {shown.map((p) => {
        const following = p.clientId === followingId;
        return (
          <li key={p.clientId} data-testid="peer" data-name={p.name} data-role={p.role}>
            <button
              type="button"
              className={`avatar${following ? ' avatar--followed' : ''}${p.role === 'view' ? ' avatar--viewer' : ''}`}
              style={{ background: p.colour, color: readableTextOn(p.colour), ['--ring' as string]: p.colour }}
              title={`${p.name}${p.role === 'view' ? ' (viewing only)' : ''}. ${following ? 'Click to stop following' : 'Click to follow their view'}`}
              aria-label={`${following ? 'Stop following' : 'Follow'} ${p.name}, ${initials(p.name)}${p.role === 'view' ? ' (viewing only)' : ''}`}
              aria-pressed={following}
              onClick={() => onFollow(following ? undefined : p.clientId)}
            >
              {initials(p.name)}
              {p.role === 'view' && (
                <span className="avatar__eye" aria-hidden>
                  <svg width="10" height="10" viewBox="0 0 16 16">
                    <path d="M1 8s2.6-5 7-5 7 5 7 5-2.6 5-7 5-7-5-7-5z" fill="none" stroke="#475166" strokeWidth="1.6" />
                    <circle cx="8" cy="8" r="2.2" fill="#475166" />
                  </svg>
                </span>
              )}
            </button>
          </li>
        );
      })}
      {hidden.length > 0 && (
        <li>
          <span className="avatar avatar--more" title={hidden.map((p) => p.name).join(', ')}>
            +{hidden.length}
          </span>
        </li>
      )}
    </ul>
  );
}
