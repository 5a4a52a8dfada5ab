import { describe, expect, it } from 'vitest';
import { matchScore, normalise, rankItems, type SearchItem } from './ranking.ts';

const agency = (id: string, label: string, also: string[] = []): SearchItem => ({ kind: 'agency', id, label, also });
const labels = (items: readonly SearchItem[], q: string) => rankItems(items, q).map((r) => r.item.label);

describe('search ranking', () => {
  it('puts an exact name before one that starts with the query, before a word that does, before one containing it', () => {
    const items = [
      agency('1', 'Carers Centre'), // a word starts with "care"... and the name too
      agency('2', 'Daycare Trust'), // contains it
      agency('3', 'Social Care'), // a later word starts with it
      agency('4', 'Care'), // exact
    ];
    expect(labels(items, 'care')).toEqual(['Care', 'Carers Centre', 'Social Care', 'Daycare Trust']);
  });

  it('scores the four kinds of match in order, and nothing for no match', () => {
    expect(matchScore('care', 'care')).toBe(4);
    expect(matchScore('carers centre', 'care')).toBe(3);
    expect(matchScore('social care', 'care')).toBe(2);
    expect(matchScore('daycare', 'care')).toBe(1);
    expect(matchScore('housing', 'care')).toBe(0);
  });

  it('ignores case, accents and extra spaces', () => {
    expect(normalise('  Café   Ward ')).toBe('cafe ward');
    expect(labels([agency('1', 'Café Ward')], 'CAFE')).toEqual(['Café Ward']);
  });

  it('matches a query of several words when each is found, below a whole match', () => {
    const items = [agency('1', 'Mental Health Trust'), agency('2', 'Trust for Mental Health')];
    expect(labels(items, 'mental health')).toEqual(['Mental Health Trust', 'Trust for Mental Health']);
    expect(rankItems(items, 'trust mental').map((r) => r.score)).toEqual([2, 2]);
    expect(labels(items, 'trust dental')).toEqual([]);
  });

  it('finds an agency by its initials or sector, below names that start with the query', () => {
    const items = [
      agency('asc', 'Adult Social Care', ['ASC', 'Social care']),
      agency('ascot', 'Ascot Surgery', ['Health: primary care (NHS)']),
      agency('h', 'City Council', ['Housing']),
    ];
    expect(labels(items, 'asc')).toEqual(['Ascot Surgery', 'Adult Social Care']);
    expect(labels(items, 'housing')).toEqual(['City Council']);
    expect(labels(items, 'primary')).toEqual(['Ascot Surgery']);
  });

  it('breaks ties by kind (agencies first), then the shorter name', () => {
    const items: SearchItem[] = [
      { kind: 'goal', id: 'g', label: 'Hospital discharge on time', also: [] },
      { kind: 'relationship', id: 'r', label: 'Hospital – Social Care', also: [] },
      agency('h2', 'Hospital Trust'),
      { kind: 'partnership', id: 'p', label: 'Hospital discharge team', also: [] },
      agency('h1', 'Hospital'),
    ];
    expect(labels(items, 'hosp')).toEqual([
      'Hospital',
      'Hospital Trust',
      'Hospital discharge team',
      'Hospital – Social Care',
      'Hospital discharge on time',
    ]);
  });

  it('finds nothing for an empty query, and keeps to the limit', () => {
    const many = Array.from({ length: 80 }, (_, i) => agency(String(i), `Agency ${i}`));
    expect(rankItems(many, '   ')).toEqual([]);
    expect(rankItems(many, 'agency')).toHaveLength(50);
  });
});
