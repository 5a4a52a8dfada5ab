import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { createLogger } from './log.ts';

const config = readConfig();
const log = createLogger(config.logLevel);
const app = await createApp(config, log).catch((err: unknown) => {
  // The store could not be opened (PostgreSQL unreachable, or migrated by a newer version).
  log.fatal({ err }, 'could not start');
  process.exit(1);
});

app.server.listen(config.port, config.host, () => {
  const { port } = app.server.address() as AddressInfo;
  log.info({ port, host: config.host, storage: config.databaseUrl ? 'postgresql' : config.dataDir, fanout: config.redisUrl ? 'redis' : 'single instance' }, 'Partnermap is running');
  // Parent processes (tests, scripts) read this line to learn the port when PORT=0.
  console.log(`Partnermap is running at http://localhost:${port}`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  try {
    await app.close();
    process.exit(0);
  } catch (err) {
    log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
