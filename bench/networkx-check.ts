/**
 * Writes a generated board and Partnermap's analysis of it as JSON on stdout, for
 * networkx_check.py to recompute independently. Usage: bench/networkx-check.sh [agencies] [seed].
 */
import { analyseBoard } from '@partnermap/shared/analysis';
import { createAgency } from '@partnermap/shared/model';
import { createBoardMeta, type Board } from '@partnermap/shared/model';
import { CURRENCIES, type Currency } from '@partnermap/shared/model';
import { createExchange, type Exchange } from '@partnermap/shared/model';
import { createPartnership } from '@partnermap/shared/model';
import { INTEGRATION_DEGREES, createRelationship, pairKey, type Relationship } from '@partnermap/shared/model';

/** mulberry32: the same board for the same seed, on any machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(n: number, seed: number): Board {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const ids = Array.from({ length: n }, (_v, i) => `agency-${String(i).padStart(2, '0')}`);
  // A few agencies are left isolated, and the rest fall in two loosely joined clusters, so that
  // components, isolates and betweenness all have something to show.
  const connected = ids.slice(0, n - 3);
  const agencies = ids.map((id) =>
    createAgency(id, { name: id, values: CURRENCIES.filter(() => rnd() < 0.3) as Currency[] }),
  );
  const relationships: Relationship[] = [];
  const seen = new Set<string>();
  for (const a of connected) {
    for (const b of connected) {
      const sameCluster = (connected.indexOf(a) < n / 2) === (connected.indexOf(b) < n / 2);
      if (a === b || seen.has(pairKey(a, b)) || rnd() > (sameCluster ? 0.18 : 0.02)) continue;
      seen.add(pairKey(a, b));
      relationships.push(createRelationship(`rel-${relationships.length}`, a, b, { integration: pick(INTEGRATION_DEGREES) }));
    }
  }
  const exchanges: Exchange[] = [];
  const few: Currency[] = ['information', 'referrals', 'money', 'staff-time'];
  for (const rel of relationships) {
    const count = Math.floor(rnd() * 4);
    for (let i = 0; i < count; i++) {
      const [from, to] = rnd() < 0.6 ? [rel.source, rel.target] : [rel.target, rel.source];
      exchanges.push(createExchange(`ex-${exchanges.length}`, { relationshipId: rel.id, from, to, currency: pick(few), description: '' }));
    }
  }
  const partnerships = [0, 1, 2].map((p) =>
    createPartnership(`partnership-${p}`, ids.filter(() => rnd() < 0.3).concat(ids[p]!)),
  );
  return { meta: createBoardMeta({ title: 'Generated' }), goals: [], agencies, relationships, exchanges, partnerships };
}

const n = Number(process.argv[2] ?? 30);
const seed = Number(process.argv[3] ?? 12);
const board = generate(n, seed);
process.stdout.write(JSON.stringify({ board, analysis: analyseBoard(board) }));
