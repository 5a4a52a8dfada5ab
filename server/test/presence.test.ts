import type { Socket } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { CloseCode, type CreatedBoard } from '@partnermap/shared/protocol';
import { createBoard, isSavedAnswer, rawSocket, savedQuery, until, updateFrame } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

interface Entry {
  clientId: number;
  clock: number;
  state: unknown;
}

function presenceFrame(entries: Entry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(update, e.clientId);
    encoding.writeVarUint(update, e.clock);
    encoding.writeVarString(update, JSON.stringify(e.state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** The presence entries in the awareness frames a socket received. */
function presenceIn(received: Buffer[]): Entry[][] {
  return received
    .filter((m) => m[0] === 1)
    .map((m) => {
      const outer = decoding.createDecoder(m);
      decoding.readVarUint(outer);
      const d = decoding.createDecoder(decoding.readVarUint8Array(outer));
      const entries: Entry[] = [];
      for (let n = decoding.readVarUint(d); n > 0; n--) {
        entries.push({ clientId: decoding.readVarUint(d), clock: decoding.readVarUint(d), state: JSON.parse(decoding.readVarString(d)) });
      }
      return entries;
    });
}

const person = (name: string) => ({ name, colour: '#1f77b4', role: 'edit', cursor: null, selection: [], viewport: null });
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('presence belongs to its sender', () => {
  let server: RunningServer;
  let board: CreatedBoard;
  const socket = (token: string) => rawSocket(`${server.wsUrl}/${board.id}?token=${token}`);

  beforeAll(async () => {
    server = await startServer();
    board = await createBoard(server.url);
  });
  afterAll(async () => {
    await server.stop();
  });

  it("no connection, view link or not, can overwrite another person's entry", async () => {
    const ann = socket(board.editToken);
    const mallory = socket(board.viewToken);
    await Promise.all([ann.opened, mallory.opened]);
    ann.ws.send(presenceFrame([{ clientId: 1001, clock: 1, state: person('Ann') }]));
    await pause(200);
    mallory.ws.send(presenceFrame([{ clientId: 1001, clock: 99, state: { ...person('Mallory'), role: 'view' } }]));
    await pause(200);
    const late = socket(board.viewToken);
    await late.opened;
    await until(() => presenceIn(late.received).flat().some((e) => e.clientId === 1001), 'the late joiner to learn who is here');
    expect(presenceIn(late.received).flat().find((e) => e.clientId === 1001)?.state).toMatchObject({ name: 'Ann' });
    expect(mallory.ws.readyState).toBe(mallory.ws.OPEN);
    for (const s of [ann, mallory, late]) s.ws.close();
  });

  it('a connection speaking for more client ids than a page needs is closed', async () => {
    const many = socket(board.editToken);
    await many.opened;
    const entries = Array.from({ length: 5 }, (_, i) => ({ clientId: 2000 + i, clock: 1, state: person(`Clone ${i}`) }));
    many.ws.send(presenceFrame(entries));
    expect((await many.closed).code).toBe(CloseCode.BadMessage);
  });

  it('a state over 4 KiB is neither kept nor relayed, and its sender stays connected', async () => {
    const big = socket(board.editToken);
    const observer = socket(board.viewToken);
    await Promise.all([big.opened, observer.opened]);
    big.ws.send(presenceFrame([{ clientId: 3001, clock: 1, state: person('x'.repeat(5000)) }]));
    big.ws.send(presenceFrame([{ clientId: 3002, clock: 1, state: person('Bea') }]));
    await until(() => presenceIn(observer.received).flat().some((e) => e.clientId === 3002), 'the small state');
    expect(presenceIn(observer.received).flat().some((e) => e.clientId === 3001)).toBe(false);
    expect(big.ws.readyState).toBe(big.ws.OPEN);
    big.ws.close();
    observer.ws.close();
  });

  it('only an edit link may bring everyone to its view; a view link asking to is not relayed', async () => {
    const host = socket(board.editToken);
    const viewer = socket(board.viewToken);
    const observer = socket(board.viewToken);
    await Promise.all([host.opened, viewer.opened, observer.opened]);
    viewer.ws.send(presenceFrame([{ clientId: 5002, clock: 1, state: { ...person('Vee'), leading: true } }]));
    host.ws.send(presenceFrame([{ clientId: 5001, clock: 1, state: { ...person('Hana'), leading: true } }]));
    await until(() => presenceIn(observer.received).flat().some((e) => e.clientId === 5001), "the facilitator's lead");
    expect(presenceIn(observer.received).flat().find((e) => e.clientId === 5001)?.state).toMatchObject({ leading: true });
    await pause(150);
    expect(presenceIn(observer.received).flat().some((e) => e.clientId === 5002)).toBe(false);
    // The same viewer without the request is relayed as usual.
    viewer.ws.send(presenceFrame([{ clientId: 5002, clock: 2, state: { ...person('Vee'), role: 'view' } }]));
    await until(() => presenceIn(observer.received).flat().some((e) => e.clientId === 5002), "the viewer's ordinary presence");
    expect(viewer.ws.readyState).toBe(viewer.ws.OPEN);
    for (const s of [host, viewer, observer]) s.ws.close();
  });

  it('relays are batched per board and never echoed to their sender; view links keep their presence', async () => {
    const viewer = socket(board.viewToken);
    const observer = socket(board.editToken);
    await Promise.all([viewer.opened, observer.opened]);
    for (let clock = 1; clock <= 20; clock++) {
      viewer.ws.send(presenceFrame([{ clientId: 4001, clock, state: { ...person('Vic'), role: 'view', cursor: { x: clock, y: 0 } } }]));
    }
    await until(
      () => presenceIn(observer.received).flat().some((e) => e.clientId === 4001 && e.clock === 20),
      "the viewer's latest pointer",
    );
    const frames = presenceIn(observer.received).filter((entries) => entries.some((e) => e.clientId === 4001));
    expect(frames.length).toBeLessThanOrEqual(3);
    await pause(150);
    expect(presenceIn(viewer.received).flat().some((e) => e.clientId === 4001)).toBe(false);
    viewer.ws.close();
    observer.ws.close();
  });
});

describe('an idle board', () => {
  it("relays everyone's renewals to everyone, the senders included, in one frame per window", async () => {
    const server = await startServer();
    try {
      const board = await createBoard(server.url);
      const pages = [1, 2, 3].map(() => rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`));
      await Promise.all(pages.map((p) => p.opened));
      const ids = [5001, 5002, 5003];
      pages.forEach((p, i) => p.ws.send(presenceFrame([{ clientId: ids[i]!, clock: 1, state: person(`P${i}`) }])));
      await until(() => pages.every((p) => presenceIn(p.received).flat().length >= 2), 'everyone to see the others');
      for (const p of pages) p.received.length = 0;

      // The protocol's 15-second renewal: the same state with the next clock.
      pages.forEach((p, i) => p.ws.send(presenceFrame([{ clientId: ids[i]!, clock: 2, state: person(`P${i}`) }])));
      await until(() => pages.every((p) => presenceIn(p.received).length > 0), 'the renewals to be relayed', 15_000);
      await pause(200);
      for (const p of pages) {
        const frames = presenceIn(p.received);
        expect(frames).toHaveLength(1);
        expect(frames[0]!.map((e) => [e.clientId, e.clock]).sort()).toEqual(ids.map((id) => [id, 2]));
      }
      for (const p of pages) p.ws.close();
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('a client that does not read', () => {
  it('is dropped once its send buffer passes the limit, and the others carry on', async () => {
    const server = await startServer(undefined, { MAX_BUFFERED_BYTES: String(256 * 1024) });
    try {
      const board = await createBoard(server.url);
      const slow = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`);
      const writer = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
      await Promise.all([slow.opened, writer.opened]);
      (slow.ws as unknown as { _socket: Socket })._socket.pause();
      for (let i = 0; i < 250; i++) {
        const edit = new Y.Doc();
        edit.getMap('agencies').set(`a${i}`, new Y.Map<unknown>([['name', `Agency ${i}`], ['notes', 'n'.repeat(100_000)]]));
        writer.ws.send(updateFrame(Y.encodeStateAsUpdate(edit)));
        if (server.output().includes('not reading what it is sent')) break;
        if (i % 10 === 9) {
          writer.ws.send(savedQuery(i));
          await until(() => writer.received.some((m) => isSavedAnswer(m, i)), 'the writer to be answered');
        }
      }
      await until(() => server.output().includes('not reading what it is sent'), 'the slow reader to be dropped');
      (slow.ws as unknown as { _socket: Socket })._socket.resume();
      expect((await slow.closed).code).toBe(1006);
      expect(writer.ws.readyState).toBe(writer.ws.OPEN);
      writer.ws.close();
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('is told apart from one that reads: a batch bigger than the limit reaches a reading client whole', async () => {
    const server = await startServer(undefined, { MAX_BUFFERED_BYTES: String(256 * 1024) });
    try {
      const board = await createBoard(server.url);
      const reader = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`);
      const writer = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
      await Promise.all([reader.opened, writer.opened]);
      const updates = () => reader.received.filter((m) => m[0] === 0 && m[1] === syncProtocol.messageYjsUpdate).length;
      // Sent at once, they arrive in one turn of the server's event loop and are forwarded as one batch.
      for (let i = 0; i < 8; i++) {
        const edit = new Y.Doc();
        edit.getMap('agencies').set(`a${i}`, new Y.Map<unknown>([['name', `Agency ${i}`], ['notes', 'n'.repeat(100_000)]]));
        writer.ws.send(updateFrame(Y.encodeStateAsUpdate(edit)));
      }
      await until(() => updates() >= 8 || reader.ws.readyState !== reader.ws.OPEN, 'the batch to arrive', 20_000);
      expect(server.output()).not.toContain('not reading what it is sent');
      expect(reader.ws.readyState).toBe(reader.ws.OPEN);
      expect(updates()).toBe(8);
      reader.ws.close();
      writer.ws.close();
    } finally {
      await server.stop();
    }
  }, 60_000);
});
