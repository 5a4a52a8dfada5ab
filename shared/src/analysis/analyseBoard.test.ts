import { describe, expect, it } from 'vitest';
import { sampleBoard } from '../formats/fixtures/sampleBoard.ts';
import { analyseBoard } from './analyseBoard.ts';
import { MEASURES } from './meanings.ts';

describe('the analysis of a board', () => {
  const analysis = analyseBoard(sampleBoard());

  it('has exactly the shape the analysis API promises', () => {
    expect(Object.keys(analysis)).toEqual(['network', 'agencies', 'relationships', 'currencies', 'unvalued', 'partnerships']);
    expect(Object.keys(analysis.network).sort()).toEqual(
      ['agencies', 'betweennessCentralization', 'components', 'degreeCentralization', 'density', 'exchangeReciprocity', 'isolates', 'meanIntegration', 'relationships'],
    );
    expect(Object.keys(analysis.agencies[0]!).sort()).toEqual(['betweenness', 'degree', 'exchangesGiven', 'exchangesReceived', 'id', 'name']);
    expect(Object.keys(analysis.relationships[0]!).sort()).toEqual(['disagreement', 'flow', 'id']);
    expect(Object.keys(analysis.currencies[0]!).sort()).toEqual(['agencies', 'currency', 'exchanges']);
    expect(Object.keys(analysis.currencies[0]!.agencies[0]!).sort()).toEqual(['betweenness', 'id', 'share']);
    expect(Object.keys(analysis.partnerships[0]!).sort()).toEqual(['density', 'id', 'meanIntegration', 'members']);
  });

  it('marks the relationship whose sides rate their integration two steps apart', () => {
    // The sample's trust and social care relationship: rated 2 by one side, 4 by the other.
    expect(analysis.relationships.filter((r) => r.disagreement)).toHaveLength(1);
  });

  it('every figure it gives has a label and a one-line plain meaning', () => {
    const figures = [...Object.keys(analysis.network), 'degree', 'betweenness', 'exchangesGiven', 'exchangesReceived', 'flow', 'disagreement', 'share', 'unvalued', 'members'];
    for (const id of figures) {
      const measure = MEASURES[id as keyof typeof MEASURES];
      expect(measure, id).toBeDefined();
      expect(measure.label.length, id).toBeGreaterThan(0);
      expect(measure.meaning, id).not.toMatch(/\n/);
    }
  });
});
