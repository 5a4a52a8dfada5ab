import * as Y from 'yjs';

type UpdateListener = (update: Uint8Array, origin: unknown, doc: Y.Doc, transaction: Y.Transaction) => void;

/**
 * Applies an update that came over the wire and gives the doc's `update` listeners (the provider,
 * the browser's copy, save tracking) the bytes as they came. Yjs would otherwise encode the applied
 * transaction again for them: half a second on the first sync of a 2,000-agency board. The bytes
 * hold everything the transaction added, and applying them again is a no-op, so a listener storing
 * or forwarding them keeps what it would have kept.
 *
 * Listeners are told only when the doc changed or part of the update waits for others. Throws what
 * applying threw; if part was applied by then (an observer threw), listeners get that part encoded.
 */
export function applyAsReceived(ydoc: Y.Doc, update: Uint8Array, origin: unknown): void {
  const observers = ydoc._observers as Map<string, Set<UpdateListener>>;
  const listeners = observers.get('update');
  if (!listeners) {
    Y.applyUpdate(ydoc, update, origin);
    return;
  }
  let transaction: Y.Transaction | undefined;
  const note = (tr: Y.Transaction) => {
    transaction ??= tr;
  };
  observers.delete('update');
  ydoc.on('afterTransaction', note);
  let failure: { error: unknown } | undefined;
  try {
    Y.applyUpdate(ydoc, update, origin);
  } catch (error) {
    failure = { error };
  } finally {
    ydoc.off('afterTransaction', note);
    // A listener added while applying joins the others.
    for (const added of observers.get('update') ?? []) listeners.add(added);
    observers.set('update', listeners);
  }
  // Part of an update may wait for updates not yet here: Yjs would tell listeners once it applies; these bytes hold it.
  const waiting = !failure && (ydoc.store.pendingStructs !== null || ydoc.store.pendingDs !== null);
  if (transaction && (changed(transaction) || waiting)) {
    const bytes = failure ? Y.encodeStateAsUpdate(ydoc, Y.encodeStateVector(transaction.beforeState)) : update;
    // A copy, as lib0 emits: a listener may remove itself.
    for (const listener of Array.from(listeners)) listener(bytes, origin, ydoc, transaction);
  }
  if (failure) throw failure.error;
}

/** Yjs's own test for whether a transaction makes an update worth emitting. */
function changed(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) return true;
  return false;
}
