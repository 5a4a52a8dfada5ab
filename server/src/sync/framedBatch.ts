import { updateMessageBytes, writeUpdateMessage } from './messages.ts';

/** FIN and the binary opcode: each message is one whole binary frame (RFC 6455 5.2). */
const BINARY_FINAL = 0x82;

function frameHeaderBytes(payload: number): number {
  return payload < 126 ? 2 : payload < 0x10000 ? 4 : 10;
}

/**
 * A stored batch of updates as the WebSocket frames that carry them, built once for all of a
 * board's connections: a server's frames are unmasked, so every recipient gets the same bytes.
 * They lie end to end in one buffer, and a connection is written the runs of it that others
 * sent (its own edits are not echoed), joined into one write, where ws would frame each update
 * again for each connection and write it in two.
 */
export class FramedBatch<Sender> {
  private readonly bytes: Buffer;
  /** Where each update's frame ends in `bytes`, in the batch's order. */
  private readonly ends: number[] = [];

  constructor(private readonly pieces: ReadonlyArray<{ piece: Uint8Array; from: Sender }>) {
    let total = 0;
    for (const { piece } of pieces) {
      const payload = updateMessageBytes(piece.byteLength);
      total += frameHeaderBytes(payload) + payload;
      this.ends.push(total);
    }
    this.bytes = Buffer.allocUnsafe(total);
    let at = 0;
    for (const { piece } of pieces) at = this.write(piece, at);
  }

  /** The frames of the updates `to` did not send, as views of the one buffer. */
  framesFor(to: Sender): Buffer[] {
    const runs: Buffer[] = [];
    let start = 0;
    // Indexed: an entries() iterator would allocate a pair per update, for each connection.
    for (let i = 0; i < this.pieces.length; i++) {
      if (this.pieces[i]!.from !== to) continue;
      const frameStart = i === 0 ? 0 : this.ends[i - 1]!;
      if (frameStart > start) runs.push(this.bytes.subarray(start, frameStart));
      start = this.ends[i]!;
    }
    if (start === 0) return [this.bytes];
    if (start < this.bytes.byteLength) runs.push(this.bytes.subarray(start));
    return runs;
  }

  /** One update as y-websocket's sync update message, in one binary frame; returns where it ends. */
  private write(piece: Uint8Array, at: number): number {
    const payload = updateMessageBytes(piece.byteLength);
    const b = this.bytes;
    b[at++] = BINARY_FINAL;
    if (payload < 126) {
      b[at++] = payload;
    } else if (payload < 0x10000) {
      b[at++] = 126;
      b.writeUInt16BE(payload, at);
      at += 2;
    } else {
      b[at++] = 127;
      b.writeBigUInt64BE(BigInt(payload), at);
      at += 8;
    }
    return writeUpdateMessage(b, at, piece);
  }
}
