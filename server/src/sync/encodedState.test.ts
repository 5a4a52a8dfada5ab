import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import { addAgency, applyBoardUpdate, createBoardDoc, encodeBoard, openBoardDoc, readBoard, type BoardDoc } from '@partnermap/shared/doc';
import { EncodedState } from './encodedState.ts';
import { yDocForSync } from '@partnermap/shared/doc/transport';

/** What a page with `local` has after applying the server's sync step 2 answer. */
function joinWith(encoded: EncodedState, local: BoardDoc = openBoardDoc()): string[] {
  const sv = encoding.createEncoder();
  syncProtocol.writeSyncStep1(sv, yDocForSync(local));
  const svDecoder = decoding.createDecoder(encoding.toUint8Array(sv));
  decoding.readVarUint(svDecoder);
  const answer = decoding.createDecoder(encoded.syncStep2(decoding.readVarUint8Array(svDecoder)));
  expect(decoding.readVarUint(answer)).toBe(0);
  expect(decoding.readVarUint(answer)).toBe(syncProtocol.messageYjsSyncStep2);
  applyBoardUpdate(local, decoding.readVarUint8Array(answer));
  return readBoard(local).board.agencies.map((a) => a.name).sort();
}

describe('EncodedState', () => {
  it('a page joining after a change gets the change, not the cached board from before it', () => {
    const board = createBoardDoc();
    addAgency(board, { name: 'Ward 7' });
    const server = openBoardDoc();
    const stored = encodeBoard(board);
    applyBoardUpdate(server, stored);
    const encoded = new EncodedState(server, stored);
    expect(joinWith(encoded)).toEqual(['Ward 7']);
    const step1Before = encoded.syncStep1();

    addAgency(server, { name: 'Carers centre' });
    expect(joinWith(encoded)).toEqual(['Carers centre', 'Ward 7']);
    expect(encoded.syncStep1()).not.toEqual(step1Before);
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
