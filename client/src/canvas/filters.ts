import type { Agency, Board, Currency, Integration, Sector } from '@partnermap/shared/model';

/** What the person chose to keep lit. An empty list means "no filter on this". */
export interface Filters {
  sectors: Sector[];
  degrees: Integration[];
  currencies: Currency[];
}

export const NO_FILTERS: Filters = { sectors: [], degrees: [], currencies: [] };

export function filterCount(f: Filters): number {
  return f.sectors.length + f.degrees.length + f.currencies.length;
}

export interface Lit {
  agencies: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

/**
 * Which agencies and relationships stay lit; the rest are dimmed. A relationship is lit when its
 * degree and currencies match and both its agencies are in a chosen sector. When degrees or
 * currencies are chosen, an agency stays lit only through a lit relationship (or, for currencies,
 * by valuing one of them), so the picture shows who is connected that way. One pass over each
 * list: it runs on every change of a board with thousands of entries.
 */
export function litOnBoard(board: Board, f: Filters): Lit {
  const sectorOk = new Set(
    board.agencies.filter((a) => f.sectors.length === 0 || f.sectors.includes(a.sector)).map((a) => a.id),
  );
  const withCurrency =
    f.currencies.length === 0
      ? undefined
      : new Set(board.exchanges.filter((ex) => f.currencies.includes(ex.currency)).map((ex) => ex.relationshipId));
  const relationships = new Set<string>();
  const reached = new Set<string>();
  for (const rel of board.relationships) {
    const degreeOk = f.degrees.length === 0 || f.degrees.includes(rel.integration);
    const currencyOk = !withCurrency || withCurrency.has(rel.id);
    if (degreeOk && currencyOk && sectorOk.has(rel.source) && sectorOk.has(rel.target)) {
      relationships.add(rel.id);
      reached.add(rel.source).add(rel.target);
    }
  }
  const throughEdges = f.degrees.length > 0 || f.currencies.length > 0;
  const agencies = new Set<string>();
  for (const a of board.agencies) {
    if (!sectorOk.has(a.id)) continue;
    const viaValue = f.degrees.length === 0 && a.values.some((v) => f.currencies.includes(v));
    if (!throughEdges || reached.has(a.id) || viaValue) agencies.add(a.id);
  }
  return { agencies, relationships };
}

/** The earlier lit sets when they hold the same ids, so that what depends on them is not redone. */
export function sameLitOr(prev: Lit | undefined, next: Lit): Lit {
  return prev && sameIds(prev.agencies, next.agencies) && sameIds(prev.relationships, next.relationships) ? prev : next;
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * `litOnBoard` for a board as it changes, worked out again only when something it reads changed:
 * the filters, an agency's sector or values, the relationships or the exchanges. A move or a
 * rename changes none of these, and on a board of thousands it costs no pass over each list.
 * The answer keeps its sets while the same ids are lit (`sameLitOr`).
 */
export function litKeeper(): (board: Board, f: Filters) => Lit {
  let last: { board: Board; filters: Filters; lit: Lit } | undefined;
  return (board, filters) => {
    if (
      last &&
      last.filters === filters &&
      last.board.relationships === board.relationships &&
      last.board.exchanges === board.exchanges &&
      sameForFilters(last.board.agencies, board.agencies)
    ) {
      last = { ...last, board };
      return last.lit;
    }
    const lit = sameLitOr(last?.lit, litOnBoard(board, filters));
    last = { board, filters, lit };
    return lit;
  };
}

function sameForFilters(a: readonly Agency[], b: readonly Agency[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.sector !== y.sector || x.values.length !== y.values.length || x.values.some((v, j) => v !== y.values[j])) return false;
  }
  return true;
}
