import type { Page } from './test.ts';

const copyName = (boardId: string) => `partnermap-board-${boardId}`;

/** Whether the browser's IndexedDB copy of a board holds this text (names are stored as UTF-8). */
export function browserCopyHolds(page: Page, boardId: string, text: string): Promise<boolean> {
  return page.evaluate(
    ({ name, text }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const all = open.result.transaction('updates').objectStore('updates').getAll();
          all.onerror = () => resolve(false);
          all.onsuccess = () => {
            const bytes = (all.result as Uint8Array[]).flatMap((u) => [...u]);
            open.result.close();
            resolve(new TextDecoder().decode(new Uint8Array(bytes)).includes(text));
          };
        };
      }),
    { name: copyName(boardId), text },
  );
}

/** Whether this browser keeps a copy of the board at all. */
export async function hasBrowserCopy(page: Page, boardId: string): Promise<boolean> {
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  return names.includes(copyName(boardId));
}

/** Adds an update to the browser's copy, as an edit made here and never sent would be. */
export function addToBrowserCopy(page: Page, boardId: string, update: Uint8Array): Promise<void> {
  return page.evaluate(
    ({ name, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error('no copy to add to'));
        open.onsuccess = () => {
          const tx = open.result.transaction('updates', 'readwrite');
          tx.objectStore('updates').add(new Uint8Array(bytes));
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('could not write to the copy'));
        };
      }),
    { name: copyName(boardId), bytes: [...update] },
  );
}
