import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import { addAgency, applyBoardUpdate, createBoardDoc, encodeBoard, openBoardDoc, readBoard, type BoardDoc } from '@partnermap/shared/doc';
import { EncodedState } from './encodedState.ts';
import { yDocForSync } from '@partnermap/shared/doc/transport';
import { COMPRESSED_SYNC_MESSAGE } from '@partnermap/shared/protocol';

/**
 * What a page with `local` has after applying the server's sync step 2 answer, and whether it
 * came compressed (only if the page said it accepts that).
 */
function join(encoded: EncodedState, local: BoardDoc = openBoardDoc(), acceptsCompressed = false): { names: string[]; compressed: boolean } {
  const sv = encoding.createEncoder();
  syncProtocol.writeSyncStep1(sv, yDocForSync(local));
  const svDecoder = decoding.createDecoder(encoding.toUint8Array(sv));
  decoding.readVarUint(svDecoder);
  const answer = decoding.createDecoder(encoded.syncStep2(decoding.readVarUint8Array(svDecoder), acceptsCompressed));
  const type = decoding.readVarUint(answer);
  if (type === COMPRESSED_SYNC_MESSAGE) {
    const rawLength = decoding.readVarUint(answer);
    const update = inflateRawSync(decoding.readVarUint8Array(answer));
    expect(update.byteLength).toBe(rawLength);
    applyBoardUpdate(local, update);
  } else {
    expect(type).toBe(0);
    expect(decoding.readVarUint(answer)).toBe(syncProtocol.messageYjsSyncStep2);
    applyBoardUpdate(local, decoding.readVarUint8Array(answer));
  }
  return { names: readBoard(local).board.agencies.map((a) => a.name).sort(), compressed: type === COMPRESSED_SYNC_MESSAGE };
}

const joinWith = (encoded: EncodedState, local?: BoardDoc): string[] => join(encoded, local).names;

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done()).toBe(true);
}

describe('EncodedState', () => {
  it('a page joining after a change gets the change, not the cached board from before it', () => {
    const board = createBoardDoc();
    addAgency(board, { name: 'Ward 7' });
    const server = openBoardDoc();
    const stored = encodeBoard(board);
    applyBoardUpdate(server, stored);
    const encoded = new EncodedState(server, { update: stored });
    expect(joinWith(encoded)).toEqual(['Ward 7']);
    const step1Before = encoded.syncStep1();

    addAgency(server, { name: 'Carers centre' });
    expect(joinWith(encoded)).toEqual(['Carers centre', 'Ward 7']);
    expect(encoded.syncStep1()).not.toEqual(step1Before);
    encoded.destroy();
  });

  it('a page that accepts compression gets the stored compressed board until the board changes, then the change in full', () => {
    const board = createBoardDoc();
    addAgency(board, { name: 'Ward 7' });
    const server = openBoardDoc();
    const stored = encodeBoard(board);
    applyBoardUpdate(server, stored);
    const deflated = { bytes: deflateRawSync(stored), rawLength: stored.byteLength };
    const encoded = new EncodedState(server, { update: stored, deflated });
    expect(join(encoded, openBoardDoc(), true)).toEqual({ names: ['Ward 7'], compressed: true });
    // The stock provider never asks for it, and is sent the plain step 2.
    expect(join(encoded, openBoardDoc(), false)).toEqual({ names: ['Ward 7'], compressed: false });

    addAgency(server, { name: 'Carers centre' });
    expect(join(encoded, openBoardDoc(), true)).toEqual({ names: ['Carers centre', 'Ward 7'], compressed: false });
    encoded.destroy();
  });

  it('a big board changed since it was loaded is compressed for the joiners after the first, until it changes again', async () => {
    const server = createBoardDoc();
    for (let i = 0; i < 400; i++) addAgency(server, { name: `Agency ${i}`, description: 'Runs services for people at home across the north of the county. '.repeat(3) });
    const encoded = new EncodedState(server);
    addAgency(server, { name: 'Ward 7' });
    // The first is answered at once, plain; the compression runs after it, off the event loop.
    expect(join(encoded, openBoardDoc(), true).compressed).toBe(false);
    await until(() => join(encoded, openBoardDoc(), true).compressed);
    const { names } = join(encoded, openBoardDoc(), true);
    expect(names).toHaveLength(401);
    expect(names).toContain('Ward 7');

    addAgency(server, { name: 'Carers centre' });
    const after = join(encoded, openBoardDoc(), true);
    expect(after.compressed).toBe(false);
    expect(after.names).toContain('Carers centre');
    encoded.destroy();
  });

  it('a page that already has part of the board gets what it lacks', () => {
    const server = createBoardDoc();
    addAgency(server, { name: 'Ward 7' });
    const local = openBoardDoc();
    applyBoardUpdate(local, encodeBoard(server));
    addAgency(server, { name: 'Reablement team' });
    const encoded = new EncodedState(server);
    expect(joinWith(encoded, local)).toEqual(['Reablement team', 'Ward 7']);
    encoded.destroy();
  });
});
