/** Where focus goes in a toolbar on a key: arrows step (wrapping round), Home and End jump; undefined for any other key. */
export function nextIndex(key: string, at: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowRight' || key === 'ArrowDown') return at < 0 ? 0 : (at + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return at < 0 ? count - 1 : (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** A name short enough for a button, cut at a word where it can be; the full name is in its label. */
export function shortName(name: string, max = 22): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
