import type { EventEmitter } from 'node:events';
import * as ws from 'ws';
import { describe, expect, it } from 'vitest';
import { FramedBatch } from './framedBatch.ts';
import { updateMessage, updateMessageBytes } from './messages.ts';

/** ws's frame parser: exported by its module, not declared by its types. */
const { Receiver } = ws as unknown as {
  Receiver: new (options: { isServer: boolean; maxPayload: number }) => EventEmitter & { write(chunk: Buffer): void };
};

/** The messages a client's WebSocket reads from these bytes, as ws's own receiver parses them. */
function messagesIn(runs: readonly Uint8Array[]): Uint8Array[] {
  const receiver = new Receiver({ isServer: false, maxPayload: 0 });
  const messages: Uint8Array[] = [];
  receiver.on('message', (data: Buffer, isBinary: boolean) => {
    expect(isBinary).toBe(true);
    messages.push(new Uint8Array(data));
  });
  receiver.on('error', (error: Error) => {
    throw error;
  });
  for (const run of runs) receiver.write(Buffer.from(run));
  return messages;
}

/** An update of `n` bytes whose message has exactly `payload` bytes, the frame's length field at its limits. */
function updateForPayload(payload: number, fill: number): Uint8Array {
  let n = payload - 3;
  while (updateMessageBytes(n) > payload) n--;
  expect(updateMessageBytes(n)).toBe(payload);
  return new Uint8Array(n).fill(fill);
}

describe('FramedBatch', () => {
  // 125 and 126 straddle the one-byte length; 65,535 and 65,536 the two-byte one.
  const sizes = [3, 125, 126, 65_535, 65_536, 70_000];
  const senders = ['ann', 'ben', 'cat'];

  it("gives each connection every other sender's updates, whole and in order, wherever its own lie in the batch", () => {
    // Every way of assigning six updates to three senders would be 729 batches; these place a
    // connection's own updates first, last, in the middle, side by side, alone and everywhere.
    const patterns = ['abcabc', 'aaabbb', 'bbbaaa', 'abbbba', 'baaaab', 'aaaaaa', 'abcbca', 'cbacba', 'bacabc'];
    for (const pattern of patterns) {
      const pieces = sizes.map((size, i) => ({
        piece: updateForPayload(size, i + 1),
        from: senders['abc'.indexOf(pattern[i]!)]!,
      }));
      const batch = new FramedBatch(pieces);
      for (const to of [...senders, 'dan']) {
        const runs = batch.framesFor(to);
        expect(runs.length, `${pattern} to ${to}`).toBeLessThanOrEqual(pieces.filter((p) => p.from === to).length + 1);
        const expected = pieces.filter((p) => p.from !== to).map((p) => updateMessage(p.piece));
        expect(messagesIn(runs), `${pattern} to ${to}`).toEqual(expected);
      }
    }
  });
});
