import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, rawSocket, until, updateFrame } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

/** The Yjs updates among the frames a socket received. */
function updatesIn(received: Buffer[]): Uint8Array[] {
  return received.flatMap((m) => {
    const d = decoding.createDecoder(m);
    if (decoding.readVarUint(d) !== 0 || decoding.readVarUint(d) !== syncProtocol.messageYjsUpdate) return [];
    return [decoding.readVarUint8Array(d)];
  });
}

describe('a batch of edits forwarded as frames built once for every connection', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it('reaches each connection whole, in order, without its own edits, whatever the size of each frame', async () => {
    const board = await createBoard(server.url);
    const url = `${server.wsUrl}/${board.id}?token=${board.editToken}`;
    const writers = [rawSocket(url), rawSocket(url), rawSocket(url)];
    const observer = rawSocket(url);
    await Promise.all([...writers, observer].map((s) => s.opened));
    // Names whose frames take each length field: one byte (under 126), two, and eight (64 KiB up).
    const names = ['a', 'b'.repeat(300), 'c'.repeat(70_000)];
    const rounds = 3;
    const docs = writers.map(() => new Y.Doc());
    for (let round = 0; round < rounds; round++) {
      // Sent in one go, so that the server reads them in one turn and forwards them as one batch.
      for (const [w, writer] of writers.entries()) {
        const doc = docs[w]!;
        const before = Y.encodeStateVector(doc);
        doc.getMap('agencies').set(`w${w}r${round}`, new Y.Map<unknown>([['name', `${names[w]}${round}`]]));
        writer.ws.send(updateFrame(Y.encodeStateAsUpdate(doc, before)));
      }
    }
    const edits = writers.length * rounds;
    await until(() => updatesIn(observer.received).length === edits, 'the observer to have every edit', 20_000);
    await until(() => writers.every((s) => updatesIn(s.received).length === edits - rounds), 'each writer to have the others\' edits', 20_000);

    const keysOf = (received: Buffer[]) => {
      const doc = new Y.Doc();
      for (const update of updatesIn(received)) Y.applyUpdate(doc, update);
      return [...doc.getMap('agencies').keys()].sort();
    };
    const all = writers.flatMap((_, w) => Array.from({ length: rounds }, (_, r) => `w${w}r${r}`)).sort();
    expect(keysOf(observer.received)).toEqual(all);
    for (const [w, writer] of writers.entries()) {
      expect(keysOf(writer.received)).toEqual(all.filter((k) => !k.startsWith(`w${w}`)));
    }
    // Each writer's edits arrive in the order it made them: their first clocks rise.
    for (const doc of docs) {
      const clocks = updatesIn(observer.received)
        .map((u) => Y.decodeUpdate(u).structs.find((s) => s.id.client === doc.clientID)?.id.clock)
        .filter((c) => c !== undefined);
      expect(clocks).toHaveLength(rounds);
      expect(clocks).toEqual([...clocks].sort((a, b) => a - b));
    }
    for (const s of [...writers, observer]) s.ws.close();
  }, 60_000);
});
