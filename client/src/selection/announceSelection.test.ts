import { describe, expect, it } from 'vitest';
import { createAgency, createPartnership, createRelationship, type Board } from '@partnermap/shared/model';
import { selectionMessage } from './announceSelection.ts';

const board: Board = {
  meta: { title: 'T', definition: '', reviewAnswers: {}, schemaVersion: 1 },
  goals: [],
  agencies: [
    createAgency('gp', { name: 'Riverside GP', position: { x: 0, y: 0 } }),
    createAgency('asc', { name: 'Adult Social Care', position: { x: 0, y: 0 } }),
    createAgency('h', { name: '', position: { x: 0, y: 0 } }),
  ],
  relationships: [createRelationship('r', 'gp', 'asc')],
  exchanges: [],
  partnerships: [createPartnership('p', ['gp', 'asc'], { name: 'Home First' })],
};
const none = { agencyIds: [], relationshipIds: [], partnershipId: undefined };

describe('selectionMessage', () => {
  it('names what is selected in the inspector’s words', () => {
    expect(selectionMessage({ ...none, agencyIds: ['gp'] }, board)).toBe('Selected agency Riverside GP.');
    expect(selectionMessage({ ...none, agencyIds: ['gp', 'asc', 'h'] }, board)).toBe(
      '3 agencies selected: Riverside GP, Adult Social Care and Unnamed agency.',
    );
    expect(selectionMessage({ ...none, relationshipIds: ['r'] }, board)).toBe(
      'Selected relationship between Riverside GP and Adult Social Care.',
    );
    expect(selectionMessage({ ...none, partnershipId: 'p' }, board)).toBe('Selected partnership Home First, 2 members.');
  });

  it('says when nothing is selected, or when what was selected has gone', () => {
    expect(selectionMessage(none, board)).toBe('Nothing selected.');
    expect(selectionMessage({ ...none, agencyIds: ['removed'] }, board)).toBe('Nothing selected.');
  });
});
