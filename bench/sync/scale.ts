/** How big each part of the benchmark is: the full run, or the short one CI runs so it cannot rot. */
export interface Scale {
  repeats: number;
  fanoutClients: number[];
  fanoutEdits: number;
  fanoutAgencies: number;
  boardsOpen: number;
  agenciesPerOpenBoard: number;
  sustainedWriters: number;
  sustainedMs: number;
  coldAgencies: number;
  coldRelationships: number;
  presenceClients: number;
  /** Clients set their presence spread over this long, as people arrive, so renewals spread too. */
  presenceStaggerMs: number;
  presenceWindowMs: number;
  /** Multiplies the waits for the server to settle; below 1 its memory figures mean nothing. */
  settleScale: number;
}

export const FULL: Scale = {
  repeats: 3,
  fanoutClients: [2, 20, 100],
  fanoutEdits: 200,
  fanoutAgencies: 200,
  boardsOpen: 50,
  agenciesPerOpenBoard: 20,
  sustainedWriters: 10,
  sustainedMs: 5000,
  coldAgencies: 5000,
  coldRelationships: 10000,
  presenceClients: 100,
  presenceStaggerMs: 15_000,
  presenceWindowMs: 20_000,
  settleScale: 1,
};

export const SHORT: Scale = {
  repeats: 1,
  fanoutClients: [2, 5],
  fanoutEdits: 20,
  fanoutAgencies: 20,
  boardsOpen: 5,
  agenciesPerOpenBoard: 5,
  sustainedWriters: 3,
  sustainedMs: 500,
  coldAgencies: 200,
  coldRelationships: 400,
  presenceClients: 5,
  presenceStaggerMs: 200,
  presenceWindowMs: 1000,
  settleScale: 0.2,
};
