/** What the server's structural check costs per incoming update, for typical edits on a board. */
import {
  addAgency,
  applyBoardUpdate,
  checkUpdateShape,
  connectAgencies,
  createBoardDoc,
  encodeBoard,
  moveAgency,
  observeBoard,
  openBoardDoc,
  updateAgency,
  type BoardDoc,
} from '@partnermap/shared/doc';

export function checkCost(agencies: number): string {
  const board = createBoardDoc({ title: 'Check cost' });
  const ids: string[] = [];
  for (let i = 0; i < agencies; i++) ids.push(addAgency(board, { name: `Agency ${i}`, position: { x: i * 10, y: 0 } }));
  const server = openBoardDoc();
  applyBoardUpdate(server, encodeBoard(board));
  const edits: Array<[string, (doc: BoardDoc) => void]> = [
    ['rename', (d) => updateAgency(d, ids[0]!, { name: 'Renamed' })],
    ['move', (d) => moveAgency(d, ids[1]!, { x: 5, y: 5 })],
    ['add agency', (d) => addAgency(d, { name: 'New', sector: 'housing' })],
    ['connect', (d) => connectAgencies(d, ids[2]!, ids[3]!)],
    ['whole board', () => {}],
  ];
  const parts = edits.map(([name, edit]) => {
    const client = openBoardDoc();
    applyBoardUpdate(client, encodeBoard(board));
    let update = encodeBoard(board);
    const stop = observeBoard(client, (_origin, u) => (update = u));
    edit(client);
    stop();
    const runs = name === 'whole board' ? 50 : 5000;
    // Warmed up first: the server checks every update, so the JIT-compiled cost is what counts.
    for (let i = 0; i < runs; i++) checkUpdateShape(server, update);
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) checkUpdateShape(server, update);
    return `${name} ${(((performance.now() - t0) / runs) * 1000).toFixed(1)} µs (${update.byteLength} B)`;
  });
  return `structural check per update, ${agencies}-agency board: ${parts.join(', ')}`;
}
