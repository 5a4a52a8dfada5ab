import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addAgency, createBoardDoc, destroyBoardDoc, encodeBoard, readBoard } from '@partnermap/shared/doc';
import { boardOfVersion, dailyVersionName, dayOf, restoreVersionName, versionState } from './versionState.ts';

describe('a version state', () => {
  it('is the compressed Yjs state, smaller than the state itself, and gives the board back', () => {
    const doc = createBoardDoc({ title: 'Discharge' });
    for (let i = 0; i < 40; i++) addAgency(doc, { name: `Ward ${i}`, description: 'Acute medical ward for older people' });
    const state = versionState(doc);
    expect(state.byteLength).toBeLessThan(encodeBoard(doc).byteLength);
    expect(boardOfVersion(state)).toEqual(readBoard(doc).board);
    destroyBoardDoc(doc);
  });

  it('refuses bytes that are not a compressed board', () => {
    expect(() => boardOfVersion(new Uint8Array([1, 2, 3]))).toThrow();
    expect(() => boardOfVersion(gzipSync(Buffer.from('not a board')))).toThrow();
  });

  it('names automatic versions for the day and for the restored version', () => {
    const at = new Date('2026-03-03T23:30:00.000Z');
    expect(dailyVersionName(at)).toBe('Start of 3 March 2026');
    expect(dayOf(at)).toBe('2026-03-03');
    // Written out by hand (no ICU data in the server's memory), as the en-GB long date reads.
    const gb = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 9, 28]) {
        const date = new Date(Date.UTC(2027, month, day, 23, 59));
        expect(dailyVersionName(date)).toBe(`Start of ${gb.format(date)}`);
      }
    }
    expect(restoreVersionName('Before the review')).toBe('Before restoring “Before the review”');
    expect(restoreVersionName('x'.repeat(300))).toHaveLength(200);
  });
});
