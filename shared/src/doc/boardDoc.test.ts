import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addAgency, removeAgency } from './agencies.ts';
import { applyBoardUpdate, createBoardDoc, encodeBoard, openBoardDoc, updateBeyond } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { readBoard } from './readBoard.ts';

describe('what stored bytes hold beyond a peer', () => {
  it('gives a peer that has part of the board exactly the rest, deletions included', () => {
    const server = createBoardDoc({ title: 'Discharge' });
    const kept = addAgency(server, { name: 'Ward 7' });
    const gone = addAgency(server, { name: 'Old team' });
    const peer = openBoardDoc();
    applyBoardUpdate(peer, encodeBoard(server));
    const peerVector = Y.encodeStateVector(yDocOf(peer));
    addAgency(server, { name: 'Carers centre' });
    removeAgency(server, gone);

    const rest = updateBeyond(encodeBoard(server), peerVector);
    expect(rest.byteLength).toBeLessThan(encodeBoard(server).byteLength);
    applyBoardUpdate(peer, rest);
    expect(readBoard(peer).board.agencies.map((a) => a.name).sort()).toEqual(['Carers centre', 'Ward 7']);
    expect(readBoard(peer).board.agencies.some((a) => a.id === kept)).toBe(true);
  });

  it('throws on a malformed state vector', () => {
    expect(() => updateBeyond(encodeBoard(createBoardDoc()), Uint8Array.from([0xff, 0xff, 0xff]))).toThrow();
  });
});
