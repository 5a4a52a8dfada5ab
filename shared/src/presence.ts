import { z } from 'zod';

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
  /** Their viewport, so that others can follow them. */
  viewport: z.object({ x: z.number().finite(), y: z.number().finite(), zoom: z.number().positive() }).nullable(),
});
export type Presence = z.infer<typeof PresenceSchema>;

export interface Peer extends Presence {
  clientId: number;
}

/** Colours for people, distinct from the sector palette's role and readable behind white text. */
export const PRESENCE_COLOURS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#ff7f0e',
  '#393b79',
] as const;

export function colourFor(seed: number): string {
  return PRESENCE_COLOURS[Math.abs(seed) % PRESENCE_COLOURS.length] ?? PRESENCE_COLOURS[0];
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
