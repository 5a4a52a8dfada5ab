import { deflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import { random } from '@partnermap/shared/doc/fixtures/random.ts';
import { plainSyncStep2 } from './compressedSync.ts';

/** Bytes that compress as a board does: repetitive, with some noise. */
function boardLike(length: number, seed: number): Uint8Array {
  const r = random(seed);
  return Uint8Array.from({ length }, (_, i) => (r.next() < 0.2 ? r.int(256) : i % 97));
}

describe('a big board sent compressed', () => {
  it('reads as the plain sync step 2 it stands for, at any size', async () => {
    for (const [length, seed] of [[0, 1], [1, 2], [70_000, 3], [3_000_000, 4]] as const) {
      const update = boardLike(length, seed);
      const message = await plainSyncStep2(deflateRawSync(update, { level: 1 }), update.byteLength);
      const decoder = decoding.createDecoder(message);
      expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep2);
      // Compared as buffers: an element-wise comparison of megabytes takes the test seconds.
      expect(Buffer.compare(decoding.readVarUint8Array(decoder), update)).toBe(0);
      expect(decoding.hasContent(decoder)).toBe(false);
    }
  });

  it('is refused when it is not what it says (the page then asks for the board plain)', async () => {
    const update = boardLike(200_000, 5);
    const deflated = deflateRawSync(update);
    await expect(plainSyncStep2(deflated, update.byteLength + 1)).rejects.toThrow(/decompressed to 200000 bytes, not 200001/);
    await expect(plainSyncStep2(deflated, update.byteLength - 1)).rejects.toThrow(/more than 199999 bytes/);
    await expect(plainSyncStep2(deflated.subarray(0, deflated.byteLength / 2), update.byteLength)).rejects.toThrow();
    await expect(plainSyncStep2(Uint8Array.from([0xff, 0xfe, 0xfd, 0x00, 0x13]), 100)).rejects.toThrow();
    // A length no deflate stream of this size can reach is refused before room is made for it.
    await expect(plainSyncStep2(deflated, 2 ** 40)).rejects.toThrow(/cannot decompress to the 1099511627776 bytes/);
  });
});
