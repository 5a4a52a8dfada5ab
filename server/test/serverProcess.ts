import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  pid: number;
  url: string;
  wsUrl: string;
  dataDir: string;
  output: () => string;
  /** SIGTERM and wait: the graceful path. */
  stop(): Promise<void>;
  /** SIGKILL: nothing gets a chance to flush. */
  kill(): Promise<void>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-test-'));
}

export interface ServerLimits {
  /** `ulimit -f` for the process, in KiB: writes past it fail as on a full disk. */
  fileSizeKiB?: number;
  /** Runs the server under strace, writing its disk syncs (fsync, fdatasync) to this file. */
  traceDiskSyncsTo?: string;
}

/** The command line for the server, wrapped as the limits ask. */
function serverCommand(limits: ServerLimits): [string, string[]] {
  const args = ['--import', 'tsx', 'server/src/main.ts'];
  if (limits.fileSizeKiB) return ['bash', ['-c', `ulimit -f ${limits.fileSizeKiB} && exec "$0" "$@"`, process.execPath, ...args]];
  if (limits.traceDiskSyncsTo) {
    return ['strace', ['-f', '-qq', '-e', 'trace=fsync,fdatasync', '-o', limits.traceDiskSyncsTo, process.execPath, ...args]];
  }
  return [process.execPath, args];
}

/**
 * Starts the real server process on a free port, from its sources through tsx so that tests need
 * no build (`npm start` runs the same code compiled by rolldown).
 */
export async function startServer(
  dataDir = tempDataDir(),
  env: Record<string, string> = {},
  limits: ServerLimits = {},
): Promise<RunningServer> {
  const [command, commandArgs] = serverCommand(limits);
  // strace does not pass signals on: the traced server gets its own process group, signalled whole.
  const group = Boolean(limits.traceDiskSyncsTo);
  const child: ChildProcess = spawn(command, commandArgs, {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  const signal = (name: NodeJS.Signals) => (group ? process.kill(-child.pid!, name) : child.kill(name));
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    dataDir,
    output: () => output,
    async stop() {
      signal('SIGTERM');
      await exited;
    },
    async kill() {
      signal('SIGKILL');
      await exited;
    },
  };
}
