import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CloseCode } from '@partnermap/shared/protocol';
import { closeCodeOf, closePayload, decodeMessage, encodeMessage, Kind } from './message.ts';

describe('messages between instances', () => {
  const sender = randomBytes(16);

  it.each([
    ['an update', Kind.Update, Uint8Array.from([1, 2, 3])],
    ['presence', Kind.Presence, Uint8Array.from([0])],
    ['a presence request', Kind.PresenceWanted, new Uint8Array(0)],
    ['a resync request', Kind.Resync, new Uint8Array(0)],
  ])('carry %s with its sender and send time', (_what, kind, payload) => {
    const before = Date.now();
    const message = decodeMessage(encodeMessage(kind, sender, payload));
    expect(message?.kind).toBe(kind);
    expect(message?.sender.equals(sender)).toBe(true);
    expect(new Uint8Array(message!.payload)).toEqual(payload);
    expect(message!.sentAt).toBeGreaterThanOrEqual(before);
  });

  it('carry a close code', () => {
    const message = decodeMessage(encodeMessage(Kind.Close, sender, closePayload(CloseCode.LinkReplaced)));
    expect(closeCodeOf(message!.payload)).toBe(CloseCode.LinkReplaced);
  });

  it.each([
    ['too short', Buffer.from([1, 2, 3])],
    ['of an unknown kind', Buffer.concat([Buffer.from([99]), Buffer.alloc(24)])],
  ])('are ignored when %s', (_what, raw) => {
    expect(decodeMessage(raw)).toBeUndefined();
  });
});
