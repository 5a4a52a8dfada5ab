import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addAgency } from '@partnermap/shared/doc';
import { connect, createBoard, synced, until, type Client } from './clients.ts';
import { startServer, tempDataDir } from './serverProcess.ts';

// strace installed and allowed to trace here (containers often forbid ptrace).
const hasStrace = (() => {
  try {
    execFileSync('strace', ['-qq', '-e', 'trace=none', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The real server under strace, counting the calls that push data to the disk. */
async function tracedServer(env: Record<string, string>) {
  const dataDir = tempDataDir();
  const trace = path.join(dataDir, 'syncs.trace');
  const server = await startServer(dataDir, env, { traceDiskSyncsTo: trace });
  return {
    ...server,
    syncs: () => (fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n').filter((l) => /f(data)?sync\(/.test(l)).length : 0),
  };
}

describe.skipIf(!hasStrace)('SQLITE_SYNC: what "saved" means on disk', () => {
  const EDITS = 40;
  let stop: (() => Promise<void>) | undefined;
  const clients: Client[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await stop?.();
    stop = undefined;
  });

  /** Disk syncs the server made while storing EDITS edits, each one confirmed by an observer. */
  async function syncsForEdits(env: Record<string, string>): Promise<number> {
    const server = await tracedServer(env);
    stop = server.stop;
    const board = await createBoard(server.url);
    const writer = connect(server.wsUrl, board.id, board.editToken);
    const observer = connect(server.wsUrl, board.id, board.viewToken);
    clients.push(writer, observer);
    await Promise.all([synced(writer), synced(observer)]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = server.syncs();
    for (let i = 0; i < EDITS; i++) {
      addAgency(writer.doc, { name: `Agency ${i}` });
      // One at a time: each is its own stored update, forwarded only once stored.
      await until(() => observer.board().agencies.length === i + 1, `edit ${i} to reach the observer`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    return server.syncs() - before;
  }

  it('by default, every stored edit has been synced to the disk before anyone else sees it', async () => {
    expect(await syncsForEdits({})).toBeGreaterThanOrEqual(EDITS);
  }, 60_000);

  it('SQLITE_SYNC=normal leaves edits in the OS cache (safe from a process kill, not a power cut)', async () => {
    expect(await syncsForEdits({ SQLITE_SYNC: 'normal' })).toBeLessThan(EDITS / 4);
  }, 60_000);

  it('refuses to start with any other SQLITE_SYNC, such as off', async () => {
    await expect(startServer(undefined, { SQLITE_SYNC: 'off' })).rejects.toThrow(/SQLITE_SYNC must be one of full, normal, got "off"/);
  });
});
