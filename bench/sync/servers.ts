/** Starts the two servers the benchmark compares, each as its own process, and reads their memory. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type ServerKind = 'ours' | 'reference';

export interface BenchServer {
  kind: ServerKind;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** Node's options in `npm start`, so that the benchmark runs our server with them. */
function startOptions(): string[] {
  const start = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  const command = /\bnode((?: --[\w-]+(?:=\S+)?)*) dist-server\/main\.js/.exec(start);
  if (!command) throw new Error(`npm start does not run "node ... dist-server/main.js": ${start}`);
  return command[1]!.trim().split(' ').filter(Boolean);
}

/** Our server as `npm start` runs it: compiled, plain node. */
export function buildOurs(): void {
  const built = spawnSync(path.join('node_modules', '.bin', 'rolldown'), ['-c', 'server/rolldown.config.ts'], { stdio: 'pipe' });
  if (built.status !== 0) throw new Error(`server build failed:\n${built.stderr.toString()}`);
}

/** `env` overrides the settings below (the browser benchmark's fixed PORT, for one). */
export async function startBenchServer(kind: ServerKind, env: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-bench-'));
  const script = kind === 'ours' ? 'dist-server/main.js' : 'bench/sync/referenceServer.mjs';
  const child = spawn(process.execPath, [...(kind === 'ours' ? startOptions() : []), script], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Boards are left and must leave memory within the run; the benchmark creates many.
      UNLOAD_AFTER_MS: '1000',
      BOARD_CREATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start:\n${output}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}:\n${output}`)));
  });
  return {
    kind,
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
