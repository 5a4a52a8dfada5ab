import { z } from 'zod';
import { MAX_PRESENCE_STATE_BYTES } from './protocol.ts';

/**
 * What each person shares through awareness: who they are and where they are looking.
 * Never stored in the document. Others' states come from the network, so they are validated.
 */
export const PresenceSchema = z.object({
  name: z.string().min(1).max(60),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  role: z.enum(['edit', 'view']),
  /** Pointer in flow coordinates, right whatever each person's pan and zoom. */
  cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable(),
  /** Ids of the agencies and relationships this person has selected. */
  selection: z.array(z.string()).max(500),
  /** The board point at the middle of their view, and their zoom, so that others can follow them. */
  viewport: z.object({ x: z.number().finite(), y: z.number().finite(), zoom: z.number().positive() }).nullable(),
  /**
   * Set by a facilitator who brought everyone to their view: every page follows them until they
   * release (or leave). Optional, as older pages do not send it. The server drops it from view links.
   */
  leading: z.boolean().optional(),
});
export type Presence = z.infer<typeof PresenceSchema>;

/**
 * Room the rest of a presence state can take: a 60-character name of 4-byte characters, colour,
 * role, cursor and viewport with long numbers come to well under 1 KiB.
 */
const PRESENCE_WITHOUT_SELECTION_BYTES = 1024;

/**
 * The selected ids to share: as many as fit in the server's presence size limit (a state over it
 * is not relayed at all, so colleagues would lose sight of this person entirely). A very large
 * selection shows colleagues its first part.
 */
export function shareableSelection(ids: readonly string[]): string[] {
  let budget = MAX_PRESENCE_STATE_BYTES - PRESENCE_WITHOUT_SELECTION_BYTES;
  const shared: string[] = [];
  for (const id of ids) {
    budget -= new TextEncoder().encode(JSON.stringify(id)).length + 1;
    if (budget < 0) break;
    shared.push(id);
  }
  return shared;
}

export interface Peer extends Presence {
  clientId: number;
}

/** Colours for people, each dark enough to carry white text; a workshop may hold 30 people. */
export const PRESENCE_COLOURS = [
  '#1f77b4',
  '#d62728',
  '#2a7f2a',
  '#7f56b8',
  '#8c564b',
  '#c2378f',
  '#0f7d8c',
  '#7a7a12',
  '#c25400',
  '#393b79',
  '#637939',
  '#843c39',
  '#7b4173',
  '#5c6bc0',
  '#ad1457',
  '#636363',
] as const;

/**
 * The colour to show on a board: one's own unless a colleague already has it, then the first
 * free one, so that a workshop can tell people apart (shared only when every colour is taken).
 */
export function pickColour(preferred: string, taken: readonly string[]): string {
  if (!taken.includes(preferred)) return preferred;
  return PRESENCE_COLOURS.find((c) => !taken.includes(c)) ?? preferred;
}

/** Whether this person should give up their colour: a colleague who joined the id race first has it. */
export function colourClashes(colour: string, selfId: number, peers: readonly Peer[]): boolean {
  return peers.some((p) => p.colour === colour && p.clientId < selfId);
}

/**
 * Whom everyone follows: the colleague who brought everyone to their view. Only people on an edit
 * link may lead (the server also refuses it from view links); if two lead at once, the one who
 * joined the board first (lowest id) does, so every page agrees.
 */
export function leaderOf(peers: readonly Peer[]): Peer | undefined {
  return peers.filter((p) => p.leading === true && p.role === 'edit').sort((a, b) => a.clientId - b.clientId)[0];
}

/** Whether a raw presence state (JSON, from the network) asks everyone to follow its sender. */
export function claimsToLead(json: string): boolean {
  try {
    const state: unknown = JSON.parse(json);
    return typeof state === 'object' && state !== null && (state as { leading?: unknown }).leading === true;
  } catch {
    return false;
  }
}

/** Others' valid presence states; anything malformed from the network is ignored. */
export function readPeers(states: Map<number, unknown>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfId) continue;
    const parsed = PresenceSchema.safeParse(state);
    if (parsed.success) peers.push({ ...parsed.data, clientId });
  }
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}
