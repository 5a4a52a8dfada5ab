import { afterAll, describe, expect, it } from 'vitest';
import type { CreatedBoard } from '@partnermap/shared/protocol';
import { createBoard } from './clients.ts';
import { boardHolds, formatReport, honestEditorsSync, runFuzz } from './fuzz/runFuzz.ts';
import { startServer, type RunningServer } from './serverProcess.ts';

const FRAMES = Number(process.env.FUZZ_FRAMES ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 8);

describe('fuzz: mutated real updates cost only their own connections', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it(`after ${FRAMES} hostile frames the server answers, honest editors sync, and a restart keeps every honest edit`, async () => {
    server = await startServer();
    const board: CreatedBoard = await createBoard(server.url, 'Fuzz');
    const before = await honestEditorsSync(server, board);

    const report = await runFuzz(server, board, { frames: FRAMES, connections: 12, seed: SEED });
    const totals = new Map<string, number>();
    for (const counts of report.values()) for (const [outcome, n] of counts) totals.set(outcome, (totals.get(outcome) ?? 0) + n);
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(FRAMES);
    // Every frame is either taken or refused with a reason; none is left hanging or breaks the board.
    expect([...totals.keys()].sort(), formatReport(report)).toEqual(['accepted', 'closed 4400']);
    expect(report.get('intact')?.get('closed 4400'), 'real updates are never refused').toBeUndefined();

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const after = await honestEditorsSync(server, board);
    await server.stop();
    server = await startServer(server.dataDir);
    await boardHolds(server, board, [...before, ...after]);
  }, 90_000);
});
