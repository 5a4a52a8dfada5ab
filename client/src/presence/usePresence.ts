import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from '../sync/awareness.ts';
import { colourClashes, pickColour, readPeers, type Peer, type Presence } from '@partnermap/shared/presence';
import { type Role } from '@partnermap/shared/protocol';
import { PatchThrottle } from './patchThrottle.ts';
import type { Person } from './person.ts';

/** About 20 presence messages a second at most, however fast the mouse moves. */
const PRESENCE_INTERVAL_MS = 50;

export type PresencePatch = Partial<Pick<Presence, 'cursor' | 'selection' | 'viewport' | 'leading'>>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Who else is on the board (through awareness, never the document) and a throttled way to
 * share this person's cursor, selection and viewport. Nothing is sent while nothing changes;
 * the awareness protocol's own 15-second renewal is the only idle traffic.
 */
export function usePresence(awareness: Awareness | undefined, person: Person | undefined, role: Role) {
  const [peers, setPeers] = useState<Peer[]>([]);
  // The colour shown on this board: the person's own unless a colleague here already has it.
  const [colour, setColour] = useState(person?.colour);

  useEffect(() => {
    if (!awareness || !person) return;
    const current = (awareness.getLocalState() ?? {}) as Partial<Presence>;
    awareness.setLocalState({
      cursor: null,
      selection: [],
      viewport: null,
      ...current,
      name: person.name,
      colour: current.colour ?? person.colour,
      role,
    } satisfies Presence);
    setColour(current.colour ?? person.colour);
  }, [awareness, person, role]);

  useEffect(() => {
    const state = awareness?.getLocalState() as Partial<Presence> | null | undefined;
    if (!awareness || !person || !state?.colour || !colourClashes(state.colour, awareness.clientID, peers)) return;
    const free = pickColour(person.colour, peers.map((p) => p.colour));
    if (free === state.colour) return;
    awareness.setLocalState({ ...state, colour: free });
    setColour(free);
  }, [awareness, person, peers]);

  useEffect(() => {
    if (!awareness) return;
    // Thirty people moving their mice would re-render the board hundreds of times a second:
    // read the peers at most once a frame.
    let frame: number | undefined;
    const onChange = () => {
      frame ??= requestAnimationFrame(() => {
        frame = undefined;
        setPeers(readPeers(awareness.getStates(), awareness.clientID));
      });
    };
    onChange();
    awareness.on('change', onChange);
    return () => {
      awareness.off('change', onChange);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [awareness]);

  const throttle = useMemo(
    () =>
      new PatchThrottle<PresencePatch>((patch) => {
        const state = awareness?.getLocalState();
        if (!awareness || !state) return;
        const next = { ...state, ...patch };
        if (!sameJson(state, next)) awareness.setLocalState(next);
      }, PRESENCE_INTERVAL_MS),
    [awareness],
  );
  useEffect(() => () => throttle.cancel(), [throttle]);

  const share = useCallback((patch: PresencePatch) => throttle.push(patch), [throttle]);
  return { peers, share, colour: colour ?? person?.colour };
}
