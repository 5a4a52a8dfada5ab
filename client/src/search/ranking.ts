/** Something on the board that search can find. */
export interface SearchItem {
  kind: 'agency' | 'relationship' | 'partnership' | 'goal';
  id: string;
  /** What it is called, as the list shows it. */
  label: string;
  /** Other words it answers to, weaker than its name: an agency's initials, its sector. */
  also: readonly string[];
}

export interface Ranked<T extends SearchItem = SearchItem> {
  item: T;
  score: number;
}

/** Lower case, without accents, spaces tidied: "Café  Ward" and "cafe ward" match. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * How well one text answers a query, both normalised: 4 exact, 3 the text starts with it, 2 a
 * word of the text starts with it, 1 it is inside the text, 0 not at all. A query of several
 * words that is not found whole matches (at 1) when each of its words is found.
 */
export function matchScore(text: string, query: string): number {
  if (!query || !text) return 0;
  if (text === query) return 4;
  if (text.startsWith(query)) return 3;
  const textWords = words(text);
  if (textWords.some((w) => w.startsWith(query)) || text.includes(` ${query}`)) return 2;
  if (text.includes(query)) return 1;
  const queryWords = words(query);
  return queryWords.length > 1 && queryWords.every((q) => text.includes(q)) ? 1 : 0;
}

const KIND_ORDER: Record<SearchItem['kind'], number> = { agency: 0, partnership: 1, relationship: 2, goal: 3 };

/**
 * The items that match a query, best first: by the name (exact, then starts with, then a word
 * starting with it, then anywhere). A match on the other words (initials, sector) ranks below the
 * same kind of match on a name, and never above a name that starts with the query. Ties go
 * agencies, partnerships, relationships, goals, then the shorter name, then alphabetical.
 */
export function rankItems<T extends SearchItem>(items: readonly T[], rawQuery: string, limit = 50): Ranked<T>[] {
  const query = normalise(rawQuery);
  if (!query) return [];
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const byName = matchScore(normalise(item.label), query) * 2;
    const byOther = Math.max(0, ...item.also.map((a) => matchScore(normalise(a), query) * 2 - 3));
    const score = Math.max(byName, byOther);
    if (score > 0) ranked.push({ item, score });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
      a.item.label.length - b.item.label.length ||
      a.item.label.localeCompare(b.item.label),
  );
  return ranked.slice(0, limit);
}
