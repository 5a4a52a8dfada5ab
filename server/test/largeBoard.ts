import { addAgency, connectAgencies, createBoardDoc, destroyBoardDoc, readBoard } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';

/**
 * A large partnership as a real one would be filled in: `agencies` agencies with a paragraph
 * each, in a chain of relationships. 2,000 of them export as about 3.9 MiB of JSON.
 */
export function largeBoard(agencies: number): Board {
  const doc = createBoardDoc({ title: 'County-wide care network' });
  const paragraph = 'Runs services for people at home across the north of the county. '.repeat(19);
  let previous: string | undefined;
  for (let i = 0; i < agencies; i++) {
    const id = addAgency(doc, {
      name: `Agency ${i}`,
      sector: 'social-care',
      description: paragraph,
      contact: `lead${i}@example.org`,
      values: ['money', 'information'],
      position: { x: (i % 50) * 300, y: Math.floor(i / 50) * 200 },
    });
    if (previous) connectAgencies(doc, previous, id, { integration: 2, notes: 'Weekly meeting' });
    previous = id;
  }
  const { board } = readBoard(doc);
  destroyBoardDoc(doc);
  return board;
}
