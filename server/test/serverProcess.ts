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
  const args = ['--import', 'tsx', 'server/src/main.ts'];
  const [command, commandArgs] = limits.fileSizeKiB
    ? ['bash', ['-c', `ulimit -f ${limits.fileSizeKiB} && exec "$0" "$@"`, process.execPath, ...args]]
    : [process.execPath, args];
  const child: ChildProcess = spawn(command, commandArgs, {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
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
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
