import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('the scale-out settings', () => {
  it('leave SQLite and a single instance as the default', () => {
    expect(readConfig({})).toMatchObject({ databaseUrl: undefined, redisUrl: undefined });
  });

  it('take PostgreSQL and Redis URLs', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://pm:secret@db:5432/pm', REDIS_URL: 'redis://cache:6379' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://pm:secret@db:5432/pm', redisUrl: 'redis://cache:6379' });
  });

  it.each([
    ['DATABASE_URL', 'mysql://pm:secret@db/pm'],
    ['DATABASE_URL', 'pm:secret@db'],
    ['REDIS_URL', 'http://pm:secret@cache'],
  ])('refuse a %s of another kind at start, without repeating its password', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(name);
    expect(() => readConfig({ [name]: value })).not.toThrow(/secret/);
  });
});
