/**
 * Fuzz: mutated real board updates (byte flips, truncations, splices, duplicated and reordered
 * structs, crafted parent ids, noise) sent to the real server process over many connections.
 * Prints what happened to the frames of each mutation, then checks that the server answers,
 * that two honest editors sync, and that after a restart the board holds every honest edit.
 * Frames: `npm run fuzz -- 5000` or FUZZ_FRAMES (default 100,000); FUZZ_SEED replays a run.
 */
import { createBoard } from '../server/test/clients.ts';
import { boardHolds, formatReport, honestEditorsSync, runFuzz } from '../server/test/fuzz/runFuzz.ts';
import { startServer } from '../server/test/serverProcess.ts';

const FRAMES = Number(process.argv[2] ?? process.env.FUZZ_FRAMES ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const CONNECTIONS = Number(process.env.FUZZ_CONNECTIONS ?? 16);

async function main(): Promise<void> {
  let server = await startServer();
  const board = await createBoard(server.url, 'Fuzz');
  const before = await honestEditorsSync(server, board);
  const started = performance.now();
  console.log(`fuzz: ${FRAMES} frames over ${CONNECTIONS} connections, seed ${SEED}`);
  const report = await runFuzz(server, board, { frames: FRAMES, connections: CONNECTIONS, seed: SEED });
  console.log(formatReport(report));
  const logged = (text: string) => server.output().split('\n').filter((l) => l.includes(text)).length;
  console.log(
    `refused by the structural check ${logged('does not fit the board')}, failed inside Yjs after passing it ${logged('failed to apply')}, ` +
      `rooms dropped ${logged('board is reloaded from storage')}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const health = await fetch(`${server.url}/healthz`);
  if (health.status !== 200) throw new Error(`/healthz answered ${health.status} after the fuzz`);
  const after = await honestEditorsSync(server, board);
  await server.stop();
  server = await startServer(server.dataDir);
  await boardHolds(server, board, [...before, ...after]);
  await server.stop();
  console.log('after the fuzz: the server answered, two honest editors synced, and the restarted board holds every honest edit');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
