import { describe, expect, it } from 'vitest';
import { createBoardMeta, type Board } from '@partnermap/shared/model';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { legendFor } from './legendContent.ts';

const empty: Board = { meta: createBoardMeta({ title: 'Empty' }), goals: [], agencies: [], relationships: [], exchanges: [], partnerships: [] };

describe('legendFor', () => {
  it('lists only the sectors on the board, in the usual order, with their map colours', () => {
    const legend = legendFor(sampleBoard());
    expect(legend.sectors.map((s) => s.label)).toEqual(['Health: acute (NHS)', 'Social care', 'Housing', 'Voluntary and community']);
    expect(legend.sectors[0]!.colour).toBe('#0072B2');
  });

  it('always shows the whole scale of integration, from communication to integration', () => {
    expect(legendFor(empty).degrees.map((d) => d.label)).toEqual(['Communication', 'Co-ordination', 'Collaboration', 'Integration']);
  });

  it('explains outlines and exchange labels only when the board has them', () => {
    expect(legendFor(sampleBoard())).toMatchObject({ partnerships: true, exchanges: true });
    expect(legendFor(empty)).toMatchObject({ sectors: [], partnerships: false, exchanges: false });
  });
});
