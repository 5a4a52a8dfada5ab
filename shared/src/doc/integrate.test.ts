import { describe, expect, it } from 'vitest';
import { addAgency } from './agencies.ts';
import { applyBoardUpdate, createBoardDoc, encodeBoard, openBoardDoc } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { craftUpdate, selfParentUpdate } from './fixtures/craftUpdate.ts';
import { integrateUpdate, UpdateFailedError } from './integrate.ts';
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
