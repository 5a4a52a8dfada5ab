import { describe, expect, it } from 'vitest';
import { SECTORS, createBoardMeta, type Board } from '@partnermap/shared/model';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { legendFor } from './legendContent.ts';

const empty: Board = { meta: createBoardMeta({ title: 'Empty' }), goals: [], agencies: [], relationships: [], exchanges: [], partnerships: [] };
const SAMPLE_SECTORS = ['Health: acute (NHS)', 'Social care', 'Housing', 'Voluntary and community'];

describe('legendFor', () => {
  it('lists only the sectors on the board, in the usual order, with their map colours', () => {
    const legend = legendFor(sampleBoard());
    expect(legend.sectors.map((s) => s.label)).toEqual(SAMPLE_SECTORS);
    expect(legend.sectors[0]!.colour).toBe('#0072B2');
  });

  it('always shows the whole scale of integration', () => {
    expect(legendFor(empty).degrees.map((d) => d.label)).toEqual(['Communication', 'Co-ordination', 'Collaboration', 'Integration']);
  });

  it("teaches the map's language before the first agency: every sector", () => {
    expect(legendFor(empty).sectors).toHaveLength(SECTORS.length);
  });
});
