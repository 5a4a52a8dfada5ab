import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './utf8.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8', () => {
  it.each([
    ['nothing', ''],
    ['a short key', 'sector'],
    ['an id', 'VdUw2d-VWRvJGxIxdf6hdg'],
    ['just under the short length', 'a'.repeat(63)],
    ['at it', 'b'.repeat(64)],
    ['a long description', 'Discharge to assess. '.repeat(40)],
    ['short, with accents', 'Café Ñandú'],
    ['short, with a character beyond the BMP', 'Carers 🤝 hub'],
    ['Welsh', 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr'],
    ['control characters', 'line\none\ttab\u0000'],
  ])('reads %s as the browser does', (_name, text) => {
    expect(decodeUtf8(bytes(text))).toBe(text);
  });

  it('refuses bytes that are not UTF-8, short or long, as lib0 does', () => {
    expect(() => decodeUtf8(new Uint8Array([0x61, 0xff, 0x62]))).toThrow();
    expect(() => decodeUtf8(new Uint8Array([...bytes('x'.repeat(100)), 0xc3]))).toThrow();
  });

  it('reads from a view into a larger buffer only its own bytes', () => {
    const whole = bytes('agencies:Northshire');
    expect(decodeUtf8(whole.subarray(9, 19))).toBe('Northshire');
  });
});
