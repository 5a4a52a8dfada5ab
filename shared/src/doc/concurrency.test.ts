import { describe, expect, it } from 'vitest';
import { fork, merge } from './fixtures/peers.ts';
import { addAgency, removeAgency, updateAgency } from './agencies.ts';
import { createBoardDoc } from './boardDoc.ts';
import { addExchange } from './exchanges.ts';
import { formPartnership } from './partnerships.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies, removeRelationship, setSideView, updateRelationship } from './relationships.ts';
import { setReviewAnswer } from './meta.ts';

function twoPeers() {
  const a = createBoardDoc();
  const gp = addAgency(a, { name: 'GP practice', sector: 'nhs-primary-care' });
  const council = addAgency(a, { name: 'Council', sector: 'local-government' });
  return { a, b: fork(a), gp, council };
}

describe('concurrent edits on two peers', () => {
  it('delete of an agency vs a connection to it: the orphan is left out and reported, never thrown', () => {
    const { a, b, gp, council } = twoPeers();
    removeAgency(a, gp);
    const rel = connectAgencies(b, council, gp);
    const ex = addExchange(b, { relationshipId: rel, from: council, to: gp, currency: 'money', description: '' });
    const partnership = formPartnership(b, [gp], { name: 'Primary care network' });
    merge(a, b);

    for (const peer of [a, b]) {
      const { board, problems } = readBoard(peer);
      expect(board.agencies.map((x) => x.id)).toEqual([council]);
      expect(board.relationships).toEqual([]);
      expect(board.exchanges).toEqual([]);
      expect(board.partnerships).toEqual([]);
      expect(problems).toEqual(
        expect.arrayContaining([
          { entity: 'relationships', id: rel, message: `agency ${gp} no longer exists`, kind: 'dangling' },
          { entity: 'exchanges', id: ex, message: `relationship ${rel} no longer exists`, kind: 'dangling' },
          { entity: 'partnerships', id: partnership, message: 'none of its agencies exists any more', kind: 'dangling' },
        ]),
      );
    }
  });

  it.each([
    ['name', { name: 'GP surgery' }, { name: 'Riverside GP' }],
    ['sector', { sector: 'nhs-community' as const }, { sector: 'nhs-acute' as const }],
    ['position', { position: { x: 100, y: 0 } }, { position: { x: 0, y: 200 } }],
  ])('same field (%s) edited on both peers: both converge to one of the two values', (field, onA, onB) => {
    const { a, b, gp } = twoPeers();
    updateAgency(a, gp, onA);
    updateAgency(b, gp, onB);
    merge(a, b);
    const fromA = readBoard(a).board;
    expect(readBoard(b).board).toEqual(fromA);
    const value = fromA.agencies.find((x) => x.id === gp)?.[field as keyof typeof onA];
    expect([Object.values(onA)[0], Object.values(onB)[0]]).toContainEqual(value);
  });

  it('different fields of one agency edited on both peers: both edits win', () => {
    const { a, b, gp } = twoPeers();
    updateAgency(a, gp, { name: 'Riverside GP' });
    updateAgency(b, gp, { description: 'Runs the frailty clinic', values: ['referrals'] });
    merge(a, b);
    for (const peer of [a, b]) {
      expect(readBoard(peer).board.agencies.find((x) => x.id === gp)).toMatchObject({
        name: 'Riverside GP',
        description: 'Runs the frailty clinic',
        values: ['referrals'],
      });
    }
  });

  it('the same pair connected on both peers: one relationship is shown, holding the exchanges of both', () => {
    const { a, b, gp, council } = twoPeers();
    const relA = connectAgencies(a, gp, council, { integration: 2 });
    const exA = addExchange(a, { relationshipId: relA, from: gp, to: council, currency: 'referrals', description: '' });
    const relB = connectAgencies(b, council, gp, { integration: 3 });
    const exB = addExchange(b, { relationshipId: relB, from: council, to: gp, currency: 'money', description: '' });
    merge(a, b);

    const [kept, dropped] = [relA, relB].sort() as [string, string];
    for (const peer of [a, b]) {
      const { board, problems } = readBoard(peer);
      expect(board.relationships.map((r) => r.id)).toEqual([kept]);
      expect(board.exchanges.map((e) => [e.id, e.relationshipId]).sort()).toEqual(
        [[exA, kept], [exB, kept]].sort(),
      );
      expect(problems).toEqual([
        { entity: 'relationships', id: dropped, message: `duplicate of relationship ${kept} between the same agencies`, kind: 'duplicate' },
      ]);
      // Connecting the pair again finds the relationship everyone sees.
      expect(connectAgencies(peer, gp, council)).toBe(kept);
    }
    // Removing it removes the duplicate too, rather than letting it reappear.
    removeRelationship(a, kept);
    expect(readBoard(a)).toMatchObject({ board: { relationships: [], exchanges: [] }, problems: [] });
  });

  it("each agency rates its side while the other rates its own and a third changes the agreed degree: all three edits hold", () => {
    const { a, gp, council } = twoPeers();
    const rel = connectAgencies(a, gp, council, { integration: 2 });
    const b = fork(a);
    const c = fork(a);
    setSideView(a, rel, gp, { integration: 4, trust: 'high' });
    setSideView(b, rel, council, { integration: 1, trust: 'low' });
    updateRelationship(c, rel, { integration: 3 });
    merge(a, b);
    merge(a, c);
    merge(b, c);
    for (const peer of [a, b, c]) {
      expect(readBoard(peer).board.relationships[0]).toMatchObject({
        integration: 3,
        integrationFromSource: 4,
        trustFromSource: 'high',
        integrationFromTarget: 1,
        trustFromTarget: 'low',
      });
    }
  });

  it('one person agrees a review answer while another answers a different question: both hold', () => {
    const { a } = twoPeers();
    setReviewAnswer(a, 'goal', { answer: 'People go home sooner' }, 'Priya');
    const b = fork(a);
    setReviewAnswer(a, 'goal', { status: 'agreed' }, 'Priya');
    setReviewAnswer(b, 'axes', { answer: 'Collaboration' }, 'Sam');
    merge(a, b);
    expect(readBoard(b).board.meta.reviewAnswers).toEqual({
      goal: { answer: 'People go home sooner', changedBy: 'Priya', status: 'agreed' },
      axes: { answer: 'Collaboration', changedBy: 'Sam', status: 'open' },
    });
  });
});
