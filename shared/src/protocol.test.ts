import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { withVarUintHeader } from './protocol.ts';

describe('withVarUintHeader', () => {
  it('gives the bytes lib0 writes for the header and the body with its length, at lengths either side of each varuint step', () => {
    for (const size of [0, 1, 127, 128, 16_383, 16_384, 70_000]) {
      const body = Uint8Array.from({ length: size }, (_, i) => (i * 31) % 256);
      const expected = encoding.createEncoder();
      encoding.writeVarUint(expected, 0);
      encoding.writeVarUint(expected, 300);
      encoding.writeVarUint8Array(expected, body);
      expect(withVarUintHeader([0, 300], body)).toEqual(encoding.toUint8Array(expected));
    }
  });
});
