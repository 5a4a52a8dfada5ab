import { useCallback, useSyncExternalStore } from 'react';

/** Which inspector sections this person has folded, by title: remembered on this device for every board. */
const KEY = 'partnermap.inspector.folded';

export function readFolded(storage: Pick<Storage, 'getItem'> | undefined): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : []);
  } catch {
    return new Set();
  }
}

export function writeFolded(storage: Pick<Storage, 'setItem'> | undefined, folded: ReadonlySet<string>): void {
  try {
    storage?.setItem(KEY, JSON.stringify([...folded]));
  } catch {
    // A private window may refuse storage: the fold still holds until the page closes.
  }
}

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);
let folded = readFolded(storage());
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether the section with this title is folded, and a toggle that every open inspector follows. */
export function useFold(title: string): [boolean, () => void] {
  const isFolded = useSyncExternalStore(subscribe, () => folded.has(title));
  const toggle = useCallback(() => {
    const next = new Set(folded);
    if (next.has(title)) next.delete(title);
    else next.add(title);
    folded = next;
    writeFolded(storage(), folded);
    for (const l of listeners) l();
  }, [title]);
  return [isFolded, toggle];
}
