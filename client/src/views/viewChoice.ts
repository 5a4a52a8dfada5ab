/** The views beside the map, in the order of the switcher. */
export const VIEWS = [
  { id: 'map', label: 'Map' },
  { id: 'matrix', label: 'Integration matrix' },
  { id: 'flows', label: 'Flows and currencies' },
  { id: 'measures', label: 'Measures' },
  { id: 'table', label: 'Table' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

const KEY = 'partnermap.view';

function isView(value: unknown): value is ViewId {
  return VIEWS.some((v) => v.id === value);
}

/** The view last open on this board on this device; the map the first time. */
export function readView(boardKey: string, storage: Pick<Storage, 'getItem'> = localStorage): ViewId {
  try {
    const saved: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    const view = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>)[boardKey] : undefined;
    return isView(view) ? view : 'map';
  } catch {
    return 'map';
  }
}

/** Remembers the view per board, in one entry, so that old boards do not pile up keys. */
export function saveView(
  boardKey: string,
  view: ViewId,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): void {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) saved = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry is replaced.
  }
  if (view === 'map') delete saved[boardKey];
  else saved[boardKey] = view;
  try {
    storage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Private browsing may refuse storage: the view is then only not remembered.
  }
}

/** The tab reached by an arrow, Home or End key from `current`, or undefined for other keys. */
export function tabAfterKey(current: ViewId, key: string): ViewId | undefined {
  const i = VIEWS.findIndex((v) => v.id === current);
  const n = VIEWS.length;
  const next =
    key === 'ArrowRight' ? (i + 1) % n : key === 'ArrowLeft' ? (i - 1 + n) % n : key === 'Home' ? 0 : key === 'End' ? n - 1 : -1;
  return next < 0 ? undefined : VIEWS[next]!.id;
}
