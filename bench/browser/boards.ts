/** The boards the browser benchmark opens: agencies on a loose grid, random relationships and exchanges. */
import {
  CURRENCIES,
  SECTORS,
  createAgency,
  createBoardMeta,
  createExchange,
  createRelationship,
  pairKey,
  type Board,
  type Integration,
  type Relationship,
} from '@partnermap/shared/model';

export interface BoardSize {
  agencies: number;
  relationships: number;
  exchanges: number;
}

export const SMALL: BoardSize = { agencies: 200, relationships: 500, exchanges: 800 };
export const LARGE: BoardSize = { agencies: 2000, relationships: 5000, exchanges: 8000 };

/** Seeded, so every run and repeat opens the same board. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A board of the given size. Agencies sit 320 by 200 apart (wider than a card), so there is empty
 * canvas between them to pan on; relationships mostly join near neighbours, as real maps do.
 */
export function generateBoard(size: BoardSize, seed = 1): Board {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const columns = Math.ceil(Math.sqrt(size.agencies));
  const agencies = Array.from({ length: size.agencies }, (_, i) =>
    createAgency(`agency-${String(i).padStart(5, '0')}`, {
      name: `Agency ${i + 1}`,
      sector: SECTORS[i % SECTORS.length],
      values: [CURRENCIES[i % CURRENCIES.length]!],
      position: { x: (i % columns) * 320, y: Math.floor(i / columns) * 200 },
    }),
  );
  const relationships: Relationship[] = [];
  const pairs = new Set<string>();
  while (relationships.length < size.relationships) {
    const a = int(size.agencies);
    const near = a + 1 + int(columns + 2);
    const b = next() < 0.8 && near < size.agencies ? near : int(size.agencies);
    const [source, target] = [agencies[a]!.id, agencies[b]!.id];
    if (a === b || pairs.has(pairKey(source, target))) continue;
    pairs.add(pairKey(source, target));
    const integration = (1 + int(4)) as Integration;
    relationships.push(createRelationship(`rel-${String(relationships.length).padStart(5, '0')}`, source, target, { integration }));
  }
  const exchanges = Array.from({ length: size.exchanges }, (_, i) => {
    const rel = relationships[int(relationships.length)]!;
    const forward = next() < 0.5;
    return createExchange(`exchange-${String(i).padStart(5, '0')}`, {
      relationshipId: rel.id,
      from: forward ? rel.source : rel.target,
      to: forward ? rel.target : rel.source,
      currency: CURRENCIES[int(CURRENCIES.length)]!,
      description: '',
    });
  });
  const meta = createBoardMeta({ title: `Benchmark board, ${size.agencies} agencies`, schemaVersion: 0 });
  return { meta, goals: [], agencies, relationships, exchanges, partnerships: [] };
}
