import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIB0_NATIVE_READER, withShortStrings } from './lib0Strings.ts';

/** The module a bundler resolves lib0/decoding to (the ES module), as installed. */
const installed = () => fs.readFileSync(fileURLToPath(import.meta.resolve('lib0/decoding')), 'utf8');

describe('the lib0 string patch', () => {
  it('finds the reader in the installed lib0 and routes it through decodeUtf8', () => {
    const code = installed();
    expect(code).toContain(LIB0_NATIVE_READER);
    const patched = withShortStrings(code);
    expect(patched).not.toContain(LIB0_NATIVE_READER);
    expect(patched).toContain('export const _readVarStringNative = decoder =>\n  __decodeUtf8(readVarUint8Array(decoder))');
    expect(patched).toMatch(/\nimport \{ decodeUtf8 as __decodeUtf8 \} from ".*client\/src\/sync\/utf8\.ts";\n$/);
    // Every line before the end is where it was, so lib0's source map still fits.
    expect(patched.split('\n').length).toBe(code.split('\n').length + 2);
  });

  it('fails the build, rather than leave it unpatched, if lib0 reads strings some other way', () => {
    expect(() => withShortStrings('export const readVarString = decoder => somethingElse(decoder)')).toThrow(/no longer reads strings/);
  });
});
