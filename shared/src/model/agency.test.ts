import { describe, expect, it } from 'vitest';
import { agencyName, agencyNames, createAgency } from './agency.ts';

describe('agency names', () => {
  const board = { agencies: [createAgency('a', { name: 'Food bank' }), createAgency('b')] };

  it('looks agencies up by id, calling one nobody has named "Unnamed agency"', () => {
    const nameOf = agencyNames(board);
    expect(['a', 'b'].map(nameOf)).toEqual(['Food bank', 'Unnamed agency']);
    expect(agencyName(board.agencies[1])).toBe('Unnamed agency');
  });

  it('gives an export blank cells, not an invented name, for an unnamed or unknown agency', () => {
    const nameOf = agencyNames(board, '');
    expect(['a', 'b', 'gone'].map(nameOf)).toEqual(['Food bank', '', '']);
  });
});
