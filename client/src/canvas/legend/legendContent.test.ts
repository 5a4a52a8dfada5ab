import { describe, expect, it } from 'vitest';
import { SECTORS, createBoardMeta, type Board } from '@partnermap/shared/model';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { legendFor, type LegendPlace } from './legendContent.ts';

const empty: Board = { meta: createBoardMeta({ title: 'Empty' }), goals: [], agencies: [], relationships: [], exchanges: [], partnerships: [] };
const SAMPLE_SECTORS = ['Health: acute (NHS)', 'Social care', 'Housing', 'Voluntary and community'];

describe('legendFor', () => {
  it.each<LegendPlace>(['screen', 'image'])('on the %s, lists only the sectors on the board, in the usual order, with their map colours', (place) => {
    const legend = legendFor(sampleBoard(), place);
    expect(legend.sectors.map((s) => s.label)).toEqual(SAMPLE_SECTORS);
    expect(legend.sectors[0]!.colour).toBe('#0072B2');
  });

  it.each<LegendPlace>(['screen', 'image'])('on the %s, always shows the whole scale of integration', (place) => {
    expect(legendFor(empty, place).degrees.map((d) => d.label)).toEqual(['Communication', 'Co-ordination', 'Collaboration', 'Integration']);
  });

  it.each<{ place: LegendPlace; board: () => Board; sectors: number; partnerships: boolean; exchanges: boolean }>([
    // The panel on the board teaches the map's language before the first agency...
    { place: 'screen', board: () => empty, sectors: SECTORS.length, partnerships: true, exchanges: true },
    { place: 'screen', board: sampleBoard, sectors: SAMPLE_SECTORS.length, partnerships: true, exchanges: true },
    // ...an exported image explains only what its reader will meet.
    { place: 'image', board: () => empty, sectors: 0, partnerships: false, exchanges: false },
    { place: 'image', board: sampleBoard, sectors: SAMPLE_SECTORS.length, partnerships: true, exchanges: true },
  ])('$place, $sectors sectors: partnerships $partnerships, exchanges $exchanges', ({ place, board, sectors, partnerships, exchanges }) => {
    const legend = legendFor(board(), place);
    expect(legend.sectors).toHaveLength(sectors);
    expect(legend).toMatchObject({ partnerships, exchanges });
  });
});
