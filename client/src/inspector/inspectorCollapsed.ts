const KEY = 'partnermap.inspector';

/** Whether the person folded the inspector away on this device (it starts open). */
export function readInspectorCollapsed(storage: Pick<Storage, 'getItem'> = localStorage): boolean {
  try {
    return storage.getItem(KEY) === 'collapsed';
  } catch {
    return false;
  }
}

export function saveInspectorCollapsed(collapsed: boolean, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(KEY, collapsed ? 'collapsed' : 'open');
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}
