import type { CloseCodeValue } from '@partnermap/shared/protocol';

/** The kinds of message instances exchange about a board. */
export const Kind = { Update: 1, Presence: 2, PresenceWanted: 3, Close: 4, Resync: 5 } as const;
export type KindValue = (typeof Kind)[keyof typeof Kind];

const HEADER_BYTES = 1 + 16 + 8;

export interface FanoutMessage {
  kind: KindValue;
  /** The sending instance: each instance ignores its own messages, which Redis also delivers to it. */
  sender: Buffer;
  /** Sender's clock when published (ms since the epoch), for the fan-out lag metric. */
  sentAt: number;
  payload: Buffer;
}

/** kind (1 byte), sender (16), sentAt (float64), payload: binary, so updates travel unencoded. */
export function encodeMessage(kind: KindValue, sender: Buffer, payload: Uint8Array = new Uint8Array(0)): Buffer {
  const message = Buffer.allocUnsafe(HEADER_BYTES + payload.byteLength);
  message.writeUInt8(kind, 0);
  sender.copy(message, 1, 0, 16);
  message.writeDoubleBE(Date.now(), 17);
  message.set(payload, HEADER_BYTES);
  return message;
}

export function decodeMessage(message: Buffer): FanoutMessage | undefined {
  if (message.byteLength < HEADER_BYTES) return undefined;
  const kind = message.readUInt8(0);
  if (!Object.values(Kind).some((k) => k === kind)) return undefined;
  return {
    kind: kind as KindValue,
    sender: message.subarray(1, 17),
    sentAt: message.readDoubleBE(17),
    payload: message.subarray(HEADER_BYTES),
  };
}

export function closePayload(code: CloseCodeValue): Buffer {
  const payload = Buffer.alloc(2);
  payload.writeUInt16BE(code, 0);
  return payload;
}

export function closeCodeOf(payload: Buffer): number | undefined {
  return payload.byteLength === 2 ? payload.readUInt16BE(0) : undefined;
}
