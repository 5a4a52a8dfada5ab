import { describe, expect, it } from 'vitest';
import { sampleBoard } from '../formats/fixtures/sampleBoard.ts';
import { reportContent } from './reportContent.ts';

describe('what the partnership report says about the sample board', () => {
  const content = reportContent(sampleBoard());
  const cell = (label: string, degree: number) => content.matrix.find((r) => r.label === label)!.cells[degree - 1];

  it('places each relationship in the matrix by direction, level and agreed degree', () => {
    expect(content.matrixColumns).toEqual(['1 Communication', '2 Co-ordination', '3 Collaboration', '4 Integration']);
    expect(cell('Horizontal, operational', 3)).toEqual(['Riverside Hospital Trust – Adult Social Care']);
    expect(cell('Horizontal, strategic', 2)).toEqual([`Adult Social Care – Smith & Jones <Care>, "Home" 'Support' North; East`]);
    expect(cell('Vertical, policy', 1)).toEqual([`Smith & Jones <Care>, "Home" 'Support' North; East – City Council Housing`]);
    expect(content.matrix.flatMap((r) => r.cells.flat())).toHaveLength(3);
  });

  it('names who gives what on a one-way relationship, and what the receiver does not value', () => {
    expect(content.oneWay).toEqual([`Adult Social Care gives Smith & Jones <Care>, "Home" 'Support' North; East money / budget; nothing flows back`]);
    expect(content.unvalued).toContain('Riverside Hospital Trust gives Adult Social Care referrals: Discharge notices');
  });

  it('gives each measure its plain meaning, and each side its rating where they disagree', () => {
    expect(content.measures.find((m) => m.label === 'Density')).toEqual({
      label: 'Density',
      value: '0.50',
      meaning: expect.stringContaining('share of all possible relationships'),
    });
    expect(content.disagreements).toEqual([
      'Riverside Hospital Trust – Adult Social Care: integration rated 2 by Riverside Hospital Trust and 4 by Adult Social Care',
    ]);
  });

  it('lists every review question, with the answer, its status and who changed it, or says it is not answered', () => {
    expect(content.review).toHaveLength(6);
    expect(content.review[0]).toEqual({
      question: 'What is the goal of the partnership?',
      answer: 'Fewer delayed discharges, measured weekly',
      status: 'Open',
      changedBy: 'Priya (discharge lead)',
    });
    expect(content.review[1]).toMatchObject({ status: 'Agreed', changedBy: 'Sam' });
    expect(content.review[2]).toMatchObject({ answer: 'Not answered yet', status: 'Open', changedBy: '' });
  });

  it('lists each goal with the partnership and relationship that serve it', () => {
    expect(content.goals).toEqual([
      {
        outcome: 'People go home from hospital as soon as they are well enough',
        servedBy: ['Discharge <Home First> partnership', 'Riverside Hospital Trust – Adult Social Care'],
      },
    ]);
  });
});
