import { describe, expect, it } from 'vitest';
import { addAgency } from './agencies.ts';
import { createBoardDoc } from './boardDoc.ts';
import { addGoal, linkGoal, removeGoal, setReviewAnswer, unlinkGoal } from './meta.ts';
import { formPartnership } from './partnerships.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies, setSideView, updateRelationship } from './relationships.ts';

function pair() {
  const doc = createBoardDoc();
  const gp = addAgency(doc, { name: 'GP practice', sector: 'nhs-primary-care' });
  const asc = addAgency(doc, { name: 'Adult Social Care', sector: 'social-care' });
  const rel = connectAgencies(doc, gp, asc, { integration: 3 });
  return { doc, gp, asc, rel };
}

describe("each side's view of a relationship", () => {
  it('a new relationship has no side rated yet', () => {
    const { doc } = pair();
    expect(readBoard(doc).board.relationships[0]).toMatchObject({ integrationFromSource: null, integrationFromTarget: null });
  });

  it("records each agency's own rating and trust on its own side, beside the agreed degree", () => {
    const { doc, gp, asc } = pair();
    setSideView(doc, readBoard(doc).board.relationships[0]!.id, asc, { integration: 1, trust: 'low' });
    setSideView(doc, readBoard(doc).board.relationships[0]!.id, gp, { integration: 4 });
    expect(readBoard(doc).board.relationships[0]).toMatchObject({
      source: gp,
      integration: 3,
      integrationFromSource: 4,
      integrationFromTarget: 1,
      trustFromSource: 'unknown',
      trustFromTarget: 'low',
    });
  });

  it('a side can withdraw its rating', () => {
    const { doc, gp, rel } = pair();
    setSideView(doc, rel, gp, { integration: 2 });
    setSideView(doc, rel, gp, { integration: null });
    expect(readBoard(doc).board.relationships[0]?.integrationFromSource).toBeNull();
  });

  it('refuses a side for an agency outside the relationship', () => {
    const { doc, rel } = pair();
    const housing = addAgency(doc, { name: 'Housing' });
    expect(() => setSideView(doc, rel, housing, { integration: 2 })).toThrow(/not one of the two agencies/);
  });

  it("changing the agreed degree leaves each side's rating as it was", () => {
    const { doc, gp, asc, rel } = pair();
    setSideView(doc, rel, gp, { integration: 4 });
    setSideView(doc, rel, asc, { integration: 2 });
    updateRelationship(doc, rel, { integration: 1, notes: 'reviewed' });
    expect(readBoard(doc).board.relationships[0]).toMatchObject({ integration: 1, integrationFromSource: 4, integrationFromTarget: 2 });
  });
});

describe('review answers', () => {
  it('hold the answer, who last changed it and its status', () => {
    const doc = createBoardDoc();
    setReviewAnswer(doc, 'goal', { answer: 'People go home sooner' }, 'Priya');
    expect(readBoard(doc).board.meta.reviewAnswers.goal).toEqual({ answer: 'People go home sooner', changedBy: 'Priya', status: 'open' });
    setReviewAnswer(doc, 'goal', { status: 'agreed' }, 'Sam');
    expect(readBoard(doc).board.meta.reviewAnswers.goal).toEqual({ answer: 'People go home sooner', changedBy: 'Sam', status: 'agreed' });
  });

  it('rewording an agreed answer reopens it; setting it again unchanged names nobody new', () => {
    const doc = createBoardDoc();
    setReviewAnswer(doc, 'model', { answer: 'Co-located team', status: 'agreed' }, 'Sam');
    setReviewAnswer(doc, 'model', { answer: 'Co-located team' }, 'Alex');
    expect(readBoard(doc).board.meta.reviewAnswers.model).toMatchObject({ changedBy: 'Sam', status: 'agreed' });
    setReviewAnswer(doc, 'model', { answer: 'Co-located team, then a virtual organisation' }, 'Alex');
    expect(readBoard(doc).board.meta.reviewAnswers.model).toEqual({
      answer: 'Co-located team, then a virtual organisation',
      changedBy: 'Alex',
      status: 'open',
    });
  });
});

describe('goals', () => {
  it('relationships and partnerships are linked to a goal once, unlinked, and unlinked when it goes', () => {
    const { doc, gp, asc, rel } = pair();
    const goal = addGoal(doc, 'People are supported at home');
    const p = formPartnership(doc, [gp, asc], { name: 'Frailty team' });
    linkGoal(doc, 'relationships', rel, goal);
    linkGoal(doc, 'relationships', rel, goal);
    linkGoal(doc, 'partnerships', p, goal);
    expect(readBoard(doc).board.relationships[0]?.goalIds).toEqual([goal]);
    expect(readBoard(doc).board.partnerships[0]?.goalIds).toEqual([goal]);
    unlinkGoal(doc, 'relationships', rel, goal);
    expect(readBoard(doc).board.relationships[0]?.goalIds).toEqual([]);
    removeGoal(doc, goal);
    expect(readBoard(doc).board.partnerships[0]?.goalIds).toEqual([]);
  });

  it('refuses a link to a goal that is not on the board', () => {
    const { doc, rel } = pair();
    expect(() => linkGoal(doc, 'relationships', rel, 'nope')).toThrow(/No goal with id nope/);
  });
});
