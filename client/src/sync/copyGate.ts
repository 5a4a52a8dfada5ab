/** At most this long does a big board from the server wait for the browser's copy to be read. */
export const BOARD_WAITS_MS = 250;

export interface CopyGate {
  /** Called once the browser's copy has been read. */
  open: () => void;
  /** Resolves once it has been, or BOARD_WAITS_MS after the call, whichever comes first. */
  wait: () => Promise<void>;
}

/**
 * Lets a big board from the server wait a moment for the browser's copy to be read. y-indexeddb,
 * as it opens, stores what the document already holds encoded afresh, and after that each update
 * as it came: a 2,000-agency board applied before it opened was encoded again on the page's main
 * thread (a quarter of a second, just before the map's first paint); applied after, it is stored
 * as the server sent it. The copy is usually read before the board arrives; the cap keeps a
 * browser that cannot open IndexedDB from holding the board back for longer than that encoding took.
 */
export function copyGate(): CopyGate {
  let read = false;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    open: () => {
      read = true;
      open();
    },
    // Once read, a later board (a reconnection's) waits for nothing, and no timer is set for it.
    wait: () => (read ? Promise.resolve() : Promise.race([opened, new Promise<void>((resolve) => setTimeout(resolve, BOARD_WAITS_MS))])),
  };
}
