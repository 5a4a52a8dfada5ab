/**
 * UTF-8 to string for the many short strings of a board's updates (keys, names, ids), used by
 * lib0's decoder in the built client (client/build/lib0Strings.ts). Chromium's TextDecoder costs
 * most of a microsecond per call however short the string, which made reading strings a quarter of
 * applying a big board; short ASCII is read in script, everything else as before.
 */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Below this many bytes, reading in script beats a call into the browser's decoder. */
const SHORT_BYTES = 64;

export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length < SHORT_BYTES) {
    let ascii = true;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i]! > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  return decoder.decode(bytes);
}
