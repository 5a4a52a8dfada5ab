import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, moveAgency, removeAgency, updateAgency } from './agencies.ts';
import { applyBoardUpdate, createBoardDoc, encodeBoard, openBoardDoc, transact, withoutRemovedContent } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { craftUpdate, selfParentUpdate } from './fixtures/craftUpdate.ts';
import { freesRoom, integrateUpdate, UpdateFailedError } from './integrate.ts';
import { random } from './fixtures/random.ts';
import { dissolvePartnership, formPartnership } from './partnerships.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies, removeRelationship } from './relationships.ts';

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

  it('takes the removal of an agency with a name only, from a partnership of three, by a page new to the board', () => {
    const server = createBoardDoc();
    const ids = ['Riverside Hospital', 'Social Care', 'GP Federation'].map((name) => addAgency(server, { name }));
    formPartnership(server, ids, { name: 'Discharge hub' });
    const client = openBoardDoc();
    applyBoardUpdate(client, encodeBoard(server));
    const sent: Uint8Array[] = [];
    yDocOf(client).on('update', (u: Uint8Array) => sent.push(u));
    removeAgency(client, ids[1]!);
    expect(freesRoom(server, sent.at(-1)!)).toBe(true);
  });

  it('frees what it says: on random small boards, every removal, rename or swap it takes leaves the board smaller once rewritten, and every agency removal is taken', () => {
    let agencyRemovals = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const rng = random(seed);
      // Header sizes depend on the client ids' lengths: drawn from the seed, small ones as often as large.
      const clientId = () => (rng.next() < 0.5 ? 1 + rng.int(100) : 1 + rng.int(2 ** 31));
      const server = createBoardDoc();
      yDocOf(server).clientID = clientId();
      const ids = Array.from({ length: 3 + rng.int(6) }, (_, i) =>
        addAgency(server, { name: `Service ${i}`, description: rng.next() < 0.3 ? 'x'.repeat(rng.int(300)) : '' }),
      );
      const relationships = ids.flatMap((id, i) => (i > 0 && rng.next() < 0.6 ? [connectAgencies(server, ids[rng.int(i)]!, id)!] : []));
      const hub = rng.next() < 0.7 ? formPartnership(server, ids.slice(0, 2 + rng.int(ids.length - 1)), { name: 'Hub' }) : undefined;
      if (rng.next() < 0.5) moveAgency(server, rng.pick(ids)!, { x: rng.int(500), y: rng.int(500) });
      const client = openBoardDoc();
      // Another client than the board's first writer, as a colleague's page is.
      yDocOf(client).clientID = yDocOf(server).clientID + 1 + rng.int(100);
      applyBoardUpdate(client, encodeBoard(server));
      const sent: Uint8Array[] = [];
      yDocOf(client).on('update', (u: Uint8Array) => sent.push(u));
      const kind = rng.int(5);
      if (kind === 0) removeAgency(client, rng.pick(ids)!);
      else if (kind === 1 && relationships.length) removeRelationship(client, rng.pick(relationships)!);
      else if (kind === 2 && hub) dissolvePartnership(client, hub);
      // A rename a few characters shorter or longer: an overwrite, which must not pass unless it frees room.
      else if (kind === 3) updateAgency(client, rng.pick(ids)!, { name: 'Renamed'.slice(0, 2 + rng.int(6)) });
      // A removal bundled with an addition of about its size: passes only if it frees more than it adds.
      else if (kind === 4) {
        transact(client, () => {
          removeAgency(client, rng.pick(ids)!);
          addAgency(client, { name: 'New', description: 'y'.repeat(rng.int(200)) });
        });
      } else continue;
      const update = sent.at(-1)!;
      const before = withoutRemovedContent(encodeBoard(server)).byteLength;
      const takes = freesRoom(server, update);
      applyBoardUpdate(server, update);
      const after = withoutRemovedContent(encodeBoard(server)).byteLength;
      if (takes) expect(after, `seed ${seed}`).toBeLessThan(before);
      if (kind === 0) {
        agencyRemovals++;
        expect(takes, `seed ${seed}`).toBe(true);
      }
    }
    expect(agencyRemovals).toBeGreaterThan(8);
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

  it('answers false, not throws, for bytes it cannot read', () => {
    const { server, client, ids, sent } = pair(1, 1);
    expect(freesRoom(server, new Uint8Array([0, 255, 255, 255]))).toBe(false);
    removeAgency(client, ids[0]!);
    const removal = sent.at(-1)!;
    expect(freesRoom(server, removal)).toBe(true);
    expect(freesRoom(server, removal.slice(0, removal.length - 3))).toBe(false);
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
