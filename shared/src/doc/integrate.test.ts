import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, moveAgency, removeAgency, updateAgency } from './agencies.ts';
import { applyBoardUpdate, createBoardDoc, encodeBoard, openBoardDoc, transact } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { craftUpdate, selfParentUpdate } from './fixtures/craftUpdate.ts';
import { freesRoom, integrateUpdate, UpdateFailedError } from './integrate.ts';
import { formPartnership } from './partnerships.ts';
import { readBoard } from './readBoard.ts';

const ORIGIN = { name: 'client' };

describe('integrating a client update', () => {
  it('returns what the doc integrated, which rebuilds the same board elsewhere', () => {
    const server = createBoardDoc();
    const client = openBoardDoc();
    applyBoardUpdate(client, encodeBoard(server));
    addAgency(client, { name: 'Ward 7' });
    const stored = encodeBoard(server);
    const integrated = integrateUpdate(server, encodeBoard(client), ORIGIN);
    expect(integrated).toHaveLength(1);
    // What was stored before, plus what the doc integrated, is the whole board.
    const replica = openBoardDoc();
    applyBoardUpdate(replica, stored);
    applyBoardUpdate(replica, integrated[0]!);
    expect(readBoard(replica).board.agencies.map((a) => a.name)).toEqual(['Ward 7']);
    // Sending the same again adds nothing, so nothing is stored or forwarded.
    expect(integrateUpdate(server, encodeBoard(client), ORIGIN)).toEqual([]);
  });

  it('drops what waits on content the server lacks instead of keeping it to integrate unchecked later', () => {
    const server = createBoardDoc();
    const waiting = craftUpdate([{ client: 5, clock: 0, structs: [{ origin: [424242, 3], content: { any: ['x'] } }] }]);
    expect(integrateUpdate(server, waiting, ORIGIN)).toEqual([]);
    expect(yDocOf(server).store.pendingStructs).toBeNull();
    expect(yDocOf(server).store.pendingDs).toBeNull();
  });

  it('reports a Yjs failure, and whether the doc took part of the update first', () => {
    const server = createBoardDoc();
    const before = encodeBoard(server);
    let failure: unknown;
    try {
      integrateUpdate(server, selfParentUpdate(), ORIGIN);
    } catch (err) {
      failure = err;
    }
    expect(failure).toBeInstanceOf(UpdateFailedError);
    expect((failure as UpdateFailedError).partial).toBe(false);
    expect(encodeBoard(server)).toEqual(before);
  });
});

describe('an update that frees room on a full board', () => {
  /**
   * A server doc with agencies (one moved, so the doc already holds deletions), the first `members`
   * of them in a partnership, and a client holding the same.
   */
  function pair(agencies = 3, members = 3) {
    const server = createBoardDoc();
    const ids = Array.from({ length: agencies }, (_, i) => addAgency(server, { name: `Service ${i + 1}`, description: 'x'.repeat(2000) }));
    formPartnership(server, ids.slice(0, members), { name: 'Discharge hub' });
    moveAgency(server, ids[0]!, { x: 300, y: 40 });
    const client = openBoardDoc();
    applyBoardUpdate(client, encodeBoard(server));
    const sent: Uint8Array[] = [];
    yDocOf(client).on('update', (u: Uint8Array) => sent.push(u));
    return { server, client, ids, sent };
  }

  it('is a removal of what the board holds, even one that rewrites a partnership it was in', () => {
    const { server, client, ids, sent } = pair();
    removeAgency(client, ids[2]!);
    expect(freesRoom(server, sent.at(-1)!)).toBe(true);
    removeAgency(client, ids[0]!);
    expect(freesRoom(server, Y.mergeUpdates(sent))).toBe(true);
    // As a reconnecting page sends them: its whole state, with every deletion it knows of.
    expect(freesRoom(server, encodeBoard(client))).toBe(true);
  });

  it('takes the removal of an agency from a partnership of 40, whose rewritten list is most of the update', () => {
    const { server, client, ids, sent } = pair(40, 40);
    removeAgency(client, ids[39]!);
    expect(freesRoom(server, sent.at(-1)!)).toBe(true);
  });

  it('is not an addition, however bundled with deletions the board already holds', () => {
    const { server, client, sent } = pair();
    addAgency(client, { name: 'Housing options' });
    expect(freesRoom(server, sent.at(-1)!)).toBe(false);
    // A reconnecting page's whole state carries every old deletion (the move's) with its addition.
    expect(freesRoom(server, encodeBoard(client))).toBe(false);
    expect(freesRoom(server, encodeBoard(server))).toBe(false);
  });

  it('is not a removal that adds more than it removes, or one of its own new items', () => {
    const { server, client, ids, sent } = pair();
    transact(client, () => {
      removeAgency(client, ids[2]!);
      addAgency(client, { name: 'Padding', description: 'y'.repeat(5000) });
    });
    expect(freesRoom(server, sent.at(-1)!)).toBe(false);
    const added = addAgency(client, { name: 'Brief', description: 'z'.repeat(3000) });
    removeAgency(client, added);
    expect(freesRoom(server, Y.mergeUpdates(sent.slice(-2)))).toBe(false);
  });

  it('is not a deletion of what the board never had', () => {
    const { server } = pair();
    expect(freesRoom(server, craftUpdate([], [{ client: 424242, clock: 0, len: 50 }]))).toBe(false);
  });

  /** The id of the live item holding a field of an agency in a doc. */
  function fieldItem(doc: ReturnType<typeof createBoardDoc>, field: string): { client: number; clock: number } {
    for (const [client, structs] of yDocOf(doc).store.clients) {
      for (const item of structs) {
        if (item instanceof Y.Item && !item.deleted && item.parentSub === field) return { client, clock: item.id.clock };
      }
    }
    throw new Error(`no ${field}`);
  }

  /** An update from a new client adding one agency-like map with `bytes` characters in it. */
  const padding = (bytes: number) => ({ client: 777, clock: 0, structs: [{ parent: 'agencies', key: 'padding', content: { any: ['p'.repeat(bytes)] } }] });

  it('counts each deleted range once, however often an update repeats it', () => {
    const { server } = pair(1, 1);
    const description = fieldItem(server, 'description');
    const repeated = Array.from({ length: 1000 }, () => ({ ...description, len: 1 }));
    expect(freesRoom(server, craftUpdate([padding(1500)], [{ ...description, len: 1 }]))).toBe(true);
    expect(freesRoom(server, craftUpdate([padding(3000)], repeated))).toBe(false);
  });

  it('counts what is removed as Yjs stores it, not as JSON (quotes and backslashes take one byte)', () => {
    const server = createBoardDoc();
    const id = addAgency(server, { name: 'Quoted', description: '"\\'.repeat(500) });
    const client = openBoardDoc();
    applyBoardUpdate(client, encodeBoard(server));
    const sent: Uint8Array[] = [];
    yDocOf(client).on('update', (u: Uint8Array) => sent.push(u));
    // 1,000 bytes stored; JSON would make it 2,000 and let a 1,900-character description through.
    updateAgency(client, id, { description: 'x'.repeat(1900) });
    expect(freesRoom(server, sent.at(-1)!)).toBe(false);
    updateAgency(client, id, { description: 'x'.repeat(100) });
    expect(freesRoom(server, Y.mergeUpdates(sent))).toBe(false);
  });

  it('answers false, not throws, for what it cannot measure', () => {
    const { server } = pair(1, 1);
    yDocOf(server).getMap('agencies').set('odd', 10n);
    const odd = fieldItem(server, 'odd');
    expect(freesRoom(server, craftUpdate([], [{ ...odd, len: 1 }]))).toBe(true);
    expect(freesRoom(server, new Uint8Array([0, 255, 255, 255]))).toBe(false);
  });

  it('charges deletions that cut a run of values for the item headers the cuts leave', () => {
    const server = createBoardDoc();
    Y.applyUpdate(yDocOf(server), craftUpdate([{ client: 555, clock: 0, structs: [{ parent: 'agencies', key: 'run', content: { any: Array(200).fill(true) } }] }]));
    // Every other value: 100 bytes of content, but 199 new headers and 100 delete-set entries.
    const everyOther = Array.from({ length: 100 }, (_, i) => ({ client: 555, clock: i * 2, len: 1 }));
    expect(freesRoom(server, craftUpdate([], everyOther))).toBe(false);
    // Twenty values from the middle: 20 bytes freed, but one entry (6) and two cuts (2 × 10).
    expect(freesRoom(server, craftUpdate([], [{ client: 555, clock: 90, len: 20 }]))).toBe(false);
    // The same twenty at the run's end: one cut, 16.
    expect(freesRoom(server, craftUpdate([], [{ client: 555, clock: 180, len: 20 }]))).toBe(true);
    // The whole run at once frees its 200 bytes for one entry.
    expect(freesRoom(server, craftUpdate([], [{ client: 555, clock: 0, len: 200 }]))).toBe(true);
  });
});
