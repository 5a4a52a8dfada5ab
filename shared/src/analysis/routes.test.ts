import { describe, expect, it } from 'vitest';
import { neighbourhood, shortestRoutes } from './routes.ts';
import { boardOf } from './fixtures/boards.ts';

/*
 *   a ─ b ─ c ─ d ─ e        f (alone)
 *   │       │
 *   └── g ──┘
 */
const board = boardOf({
  agencies: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
  relationships: [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['a', 'g'], ['g', 'c']],
});

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('neighbourhood within k steps', () => {
  it('one step: the agency, its direct partners and the relationships to them', () => {
    const reach = neighbourhood(board, 'c', 1);
    expect(sorted(reach.agencies)).toEqual(['b', 'c', 'd', 'g']);
    expect(sorted(reach.relationships)).toEqual(['b-c', 'c-d', 'g-c']);
  });

  it('two and three steps reach further, keeping the links among those reached', () => {
    expect(sorted(neighbourhood(board, 'c', 2).agencies)).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
    // a is two steps out on two sides: a–b and a–g are both within reach.
    expect(sorted(neighbourhood(board, 'c', 2).relationships)).toEqual(['a-b', 'a-g', 'b-c', 'c-d', 'd-e', 'g-c']);
    expect(sorted(neighbourhood(board, 'e', 3).agencies)).toEqual(['b', 'c', 'd', 'e', 'g']);
  });

  it('leaves out a link between two agencies both at the edge of the reach', () => {
    const square = boardOf({ agencies: ['x', 'y', 'z'], relationships: [['x', 'y'], ['x', 'z'], ['y', 'z']] });
    expect(sorted(neighbourhood(square, 'x', 1).relationships)).toEqual(['x-y', 'x-z']);
  });

  it('an agency without relationships is alone; one not on the board reaches nothing', () => {
    expect(sorted(neighbourhood(board, 'f', 3).agencies)).toEqual(['f']);
    expect(neighbourhood(board, 'ghost', 2).agencies.size).toBe(0);
  });
});

describe('all shortest routes between two agencies', () => {
  it('finds both routes of equal length and every step on them', () => {
    const routes = shortestRoutes(board, 'a', 'd');
    expect(routes.steps).toBe(3);
    expect(routes.count).toBe(2);
    expect(sorted(routes.agencies)).toEqual(['a', 'b', 'c', 'd', 'g']);
    expect(sorted(routes.relationships)).toEqual(['a-b', 'a-g', 'b-c', 'c-d', 'g-c']);
  });

  it('is the same whichever end it starts from', () => {
    const there = shortestRoutes(board, 'a', 'e');
    const back = shortestRoutes(board, 'e', 'a');
    expect(sorted(back.relationships)).toEqual(sorted(there.relationships));
    expect(back.count).toBe(there.count);
  });

  it('a single route leaves out the longer ones', () => {
    const routes = shortestRoutes(board, 'b', 'd');
    expect(routes).toMatchObject({ steps: 2, count: 1 });
    expect(sorted(routes.relationships)).toEqual(['b-c', 'c-d']);
  });

  it('says there is no route to an agency out of reach, or not on the board', () => {
    expect(shortestRoutes(board, 'a', 'f')).toMatchObject({ steps: undefined, count: 0 });
    expect(shortestRoutes(board, 'a', 'f').agencies.size).toBe(0);
    expect(shortestRoutes(board, 'a', 'ghost').steps).toBeUndefined();
  });

  it('from an agency to itself: no steps, one route', () => {
    expect(shortestRoutes(board, 'c', 'c')).toMatchObject({ steps: 0, count: 1 });
  });

  it('counts routes that multiply through a diamond of diamonds', () => {
    const grid = boardOf({
      agencies: ['s', 'p', 'q', 'm', 'u', 'v', 't'],
      relationships: [['s', 'p'], ['s', 'q'], ['p', 'm'], ['q', 'm'], ['m', 'u'], ['m', 'v'], ['u', 't'], ['v', 't']],
    });
    expect(shortestRoutes(grid, 's', 't')).toMatchObject({ steps: 4, count: 4 });
  });
});
