import { deflateRawSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { COMPRESSED_SYNC_MESSAGE, SYNC_MESSAGE } from '@partnermap/shared/protocol';
import { acceptCompressedSync } from './compressedSync.ts';
import { BOARD_WAITS_MS, copyGate } from './copyGate.ts';

/** Whether `promise` has settled by the time the tasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('a big board waiting for the browser’s copy to be read', () => {
  afterEach(() => vi.useRealTimers());

  it('waits until the copy is read', async () => {
    vi.useFakeTimers();
    const gate = copyGate();
    const waited = gate.wait();
    await vi.advanceTimersByTimeAsync(BOARD_WAITS_MS - 10);
    expect(await settled(waited)).toBe(false);
    gate.open();
    expect(await settled(waited)).toBe(true);
    // Read once, the copy holds up nothing after (a reconnection's board).
    expect(await settled(gate.wait())).toBe(true);
  });

  it('waits no longer than BOARD_WAITS_MS for a copy that is never read', async () => {
    vi.useFakeTimers();
    const waited = copyGate().wait();
    await vi.advanceTimersByTimeAsync(BOARD_WAITS_MS - 1);
    expect(await settled(waited)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waited)).toBe(true);
  });

  it('is handed to the sync handler only once the copy is read', async () => {
    const update = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
    const handed: Uint8Array[] = [];
    const provider = {
      ws: {},
      params: {},
      messageHandlers: [] as WebsocketProvider['messageHandlers'],
    } as unknown as WebsocketProvider;
    provider.messageHandlers[SYNC_MESSAGE] = (_encoder, decoder) => {
      decoding.readVarUint(decoder);
      handed.push(decoding.readVarUint8Array(decoder));
    };
    const gate = copyGate();
    acceptCompressedSync(provider, gate.wait);
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, update.byteLength);
    encoding.writeVarUint8Array(message, deflateRawSync(update, { level: 1 }));
    provider.messageHandlers[COMPRESSED_SYNC_MESSAGE]!(encoding.createEncoder(), decoding.createDecoder(encoding.toUint8Array(message)), provider, true, COMPRESSED_SYNC_MESSAGE);

    // Decompressed within a few milliseconds here, and held: the copy is not read yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(handed).toEqual([]);
    gate.open();
    await vi.waitFor(() => expect(handed).toHaveLength(1));
    expect(Buffer.compare(handed[0]!, update)).toBe(0);
  });
});
