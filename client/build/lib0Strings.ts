import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** lib0's string reader (lib0/decoding.js, 0.2.x) exactly as it is shipped. */
export const LIB0_NATIVE_READER = `export const _readVarStringNative = decoder =>
  /** @type any */ (string.utf8TextDecoder).decode(readVarUint8Array(decoder))`;

const utf8Module = fileURLToPath(new URL('../src/sync/utf8.ts', import.meta.url));

/** lib0's decoding module with its string reader calling decodeUtf8; fails if lib0 changed. */
export function withShortStrings(code: string): string {
  if (!code.includes(LIB0_NATIVE_READER)) {
    throw new Error("lib0/decoding.js no longer reads strings as client/build/lib0Strings.ts expects: update or remove the patch");
  }
  // Same lines as before (imports are hoisted, so it goes last): lib0's source map still fits.
  const reader = 'export const _readVarStringNative = decoder =>\n  __decodeUtf8(readVarUint8Array(decoder))';
  return `${code.replace(LIB0_NATIVE_READER, reader)}\nimport { decodeUtf8 as __decodeUtf8 } from ${JSON.stringify(utf8Module)};\n`;
}

/**
 * Has Yjs read a board's short strings in script (client/src/sync/utf8.ts) in the built client:
 * applying a 2,000-agency board spent about 280 ms in Chromium's TextDecoder. Build only; the dev
 * server pre-bundles lib0 unpatched, which decodes the same strings the same way, only slower.
 */
export function lib0ShortStrings(): Plugin {
  return {
    name: 'partnermap:lib0-short-strings',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lib0[\\/]decoding\.js$/.test(id)) return undefined;
      return { code: withShortStrings(code), map: null };
    },
  };
}
