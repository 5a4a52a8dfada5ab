import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WalFlush } from './walFlush.ts';

describe('WalFlush', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A WAL file with something written to it, as SQLite leaves it after a commit. */
  function wal(): { file: string; append: () => void } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-wal-'));
    dirs.push(dir);
    const file = path.join(dir, 'boards.db');
    fs.writeFileSync(`${file}-wal`, '');
    return { file, append: () => fs.appendFileSync(`${file}-wal`, Buffer.alloc(4096, 1)) };
  }

  it('answers every flush asked for, whether in one turn of the event loop or across many', async () => {
    const { file, append } = wal();
    const flush = new WalFlush(file);
    append();
    await expect(Promise.all(Array.from({ length: 50 }, () => flush.flush()))).resolves.toHaveLength(50);
    const spread: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) {
      append();
      spread.push(flush.flush());
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect(Promise.all(spread)).resolves.toHaveLength(30);
    await flush.close();
  });

  it('closes only once the flushes asked for are done, and refuses any after, in words', async () => {
    const { file, append } = wal();
    const flush = new WalFlush(file);
    append();
    const first = flush.flush();
    // Asked for while the first is under way: it needs a sync of its own, which close must wait for.
    await new Promise((resolve) => setImmediate(resolve));
    append();
    const second = flush.flush();
    await flush.close();
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toBeUndefined();
    await expect(flush.flush()).rejects.toThrow(/closed/);
  });

  it('moves syncs to the thread pool after a slow one, still answering every flush, and tries the event loop again later', async () => {
    const { file, append } = wal();
    const onLoop = vi.spyOn(fs, 'fdatasyncSync');
    const onPool = vi.spyOn(fs, 'fdatasync');
    const made = () => ({ loop: onLoop.mock.calls.length, pool: onPool.mock.calls.length });
    // Every sync counts as slow (over -1 ms): the first, on the event loop, sends the next ones to the pool.
    const flush = new WalFlush(file, { inlineUnderMs: 1.5, slowSyncMs: -1, poolSyncsBeforeRetry: 3 });
    // Each waits for the last: a flush asked for while one is under way needs a sync of its own.
    const flushed = async (times: number) => {
      for (let i = 0; i < times; i++) {
        append();
        await flush.flush();
      }
    };
    await flushed(1);
    expect(made()).toEqual({ loop: 1, pool: 0 });
    await flushed(3);
    expect(made()).toEqual({ loop: 1, pool: 3 });
    // After that many on the pool, the event loop is tried again (and, slow again, gives them back).
    await flushed(2);
    expect(made()).toEqual({ loop: 2, pool: 4 });
    await flush.close();
    await expect(flush.flush()).rejects.toThrow(/closed/);
  });
});
