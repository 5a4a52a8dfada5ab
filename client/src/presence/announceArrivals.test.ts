import { describe, expect, it } from 'vitest';
import type { Peer } from '@partnermap/shared/presence';
import { arrivals } from './announceArrivals.ts';

const peer = (clientId: number, name: string): Peer => ({
  clientId,
  name,
  colour: '#1f77b4',
  role: 'edit',
  cursor: null,
  selection: [],
  viewport: null,
});

describe('arrivals', () => {
  it('tells who joined and who left, by connection rather than by name', () => {
    const priya = peer(1, 'Priya');
    const tom = peer(2, 'Tom');
    const priyaAgain = peer(3, 'Priya');
    expect(arrivals([priya], [priya, tom])).toEqual({ joined: ['Tom'], left: [] });
    expect(arrivals([priya, tom], [tom])).toEqual({ joined: [], left: ['Priya'] });
    expect(arrivals([priya], [priyaAgain])).toEqual({ joined: ['Priya'], left: ['Priya'] });
    expect(arrivals([priya], [priya])).toEqual({ joined: [], left: [] });
  });
});
