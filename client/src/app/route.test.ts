import { describe, expect, it } from 'vitest';
import { parseRoute } from './route.ts';

describe('parseRoute', () => {
  it.each([
    ['/', '', { page: 'home' }],
    ['/b/abc123', '#tok-en_1', { page: 'board', id: 'abc123', token: 'tok-en_1' }],
    ['/b/abc123/', '', { page: 'board', id: 'abc123', token: '' }],
    ['/elsewhere', '', { page: 'missing' }],
    ['/b/abc/extra', '#t', { page: 'missing' }],
    ['/b/%E0', '#t', { page: 'missing' }],
    ['/b/abc', '#%E0%A4%A', { page: 'missing' }],
  ])('%s%s', (path, hash, route) => {
    expect(parseRoute(path, hash)).toEqual(route);
  });
});
