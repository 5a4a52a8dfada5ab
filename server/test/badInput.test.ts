import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgency, createBoardDoc, encodeBoard } from '@partnermap/shared/doc';
import { CloseCode, type CreatedBoard } from '@partnermap/shared/protocol';
import { connect, createBoard, isSavedAnswer, rawSocket, savedQuery, synced, until, type Client } from './clients.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

const MAX = 64 * 1024;

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('bad input costs only the connection that sent it', () => {
  let server: RunningServer;
  let board: CreatedBoard;
  let bystander: Client;

  beforeAll(async () => {
    server = await startServer(undefined, { MAX_MESSAGE_BYTES: String(MAX), PING_INTERVAL_MS: '300' });
    board = await createBoard(server.url);
    bystander = connect(server.wsUrl, board.id, board.editToken);
    await synced(bystander);
  });
  afterAll(async () => {
    bystander.close();
    await server.stop();
  });

  async function bystanderStillWorks() {
    const writer = connect(server.wsUrl, board.id, board.editToken);
    await synced(writer);
    const name = `Check ${Math.random()}`;
    addAgency(writer.doc, { name });
    await until(() => bystander.board().agencies.some((a) => a.name === name), 'the bystander to get a fresh edit');
    writer.close();
  }

  it('unknown board is refused with 404 and a bad token with 401, before any upgrade', async () => {
    expect(await rawSocket(`${server.wsUrl}/AAAAAAAAAAAAAAAAAAAAAA?token=${board.editToken}`).refused).toBe(404);
    expect(await rawSocket(`${server.wsUrl}/not-a-board?token=x`).refused).toBe(404);
    expect(await rawSocket(`${server.wsUrl}/${board.id}?token=wrong`).refused).toBe(401);
    expect(await rawSocket(`${server.wsUrl}/${board.id}`).refused).toBe(401);
    const api = await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization: 'Bearer wrong' } });
    expect(api.status).toBe(401);
  });

  it.each([
    ['random bytes', () => randomBytes(200)],
    ['an unknown message type', () => Uint8Array.from([9, 1, 2, 3])],
    ['a sync update that is not a Yjs update', () => updateMessage(randomBytes(64))],
  ])('%s closes that connection with a reason', async (_name, bytes) => {
    const socket = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
    await socket.opened;
    socket.ws.send(bytes());
    const closed = await socket.closed;
    expect(closed.code).toBe(CloseCode.BadMessage);
    expect(closed.reason).toBe('A message could not be understood');
    await bystanderStillWorks();
  });

  it('an oversize frame closes that connection as too big', async () => {
    const socket = rawSocket(`${server.wsUrl}/${board.id}?token=${board.editToken}`);
    await socket.opened;
    socket.ws.send(randomBytes(MAX + 1));
    expect((await socket.closed).code).toBe(CloseCode.MessageTooBig);
    await bystanderStillWorks();
  });

  it("a view token's crafted update changes nothing for anyone", async () => {
    const socket = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`);
    await socket.opened;
    const crafted = createBoardDoc();
    addAgency(crafted, { name: 'Sneaky edit' });
    socket.ws.send(updateMessage(encodeBoard(crafted)));
    // The viewer is told once that its edits are not saved (a y-protocols auth message).
    await until(() => socket.received.some((m) => m[0] === 2), 'the permission-denied message');
    // ...and is never told they are saved.
    socket.ws.send(savedQuery(5));
    await bystanderStillWorks();
    const late = connect(server.wsUrl, board.id, board.editToken);
    await synced(late);
    expect(late.board().agencies.map((a) => a.name)).not.toContain('Sneaky edit');
    expect(bystander.board().agencies.map((a) => a.name)).not.toContain('Sneaky edit');
    expect(socket.received.some((m) => isSavedAnswer(m, 5))).toBe(false);
    late.close();
    socket.ws.close();
  });

  it('drops a dead peer that stops answering pings', async () => {
    const socket = rawSocket(`${server.wsUrl}/${board.id}?token=${board.viewToken}`, { autoPong: false });
    await socket.opened;
    const closed = await socket.closed;
    expect(closed.code).toBe(1006);
  });
});
