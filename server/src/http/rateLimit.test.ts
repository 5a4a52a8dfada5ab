import { describe, expect, it } from 'vitest';
import { clientKey, tokenBuckets } from './rateLimit.ts';

describe('tokenBuckets', () => {
  it('grants a burst of perMinute, then says how many seconds until the next token', () => {
    const buckets = tokenBuckets({ perMinute: 6 });
    for (let i = 0; i < 6; i++) expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBe(10);
    expect(buckets.take('a', 9_000)).toBe(1);
    expect(buckets.take('a', 10_000)).toBe(0);
    expect(buckets.take('a', 10_000)).toBe(10);
  });

  it('keeps one budget per key', () => {
    const buckets = tokenBuckets({ perMinute: 1 });
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBe(60);
    expect(buckets.take('b', 0)).toBe(0);
  });

  it('forgets buckets that have refilled, so idle addresses cost no memory', () => {
    const buckets = tokenBuckets({ perMinute: 60 });
    for (let i = 0; i < 1000; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(buckets.size).toBe(1000);
    buckets.take('10.9.9.9', 60_000);
    expect(buckets.size).toBe(1);
  });

  it('never holds more than maxKeys buckets, dropping the least recently used', () => {
    const buckets = tokenBuckets({ perMinute: 1, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) buckets.take(`key ${i}`, i);
    expect(buckets.size).toBe(100);
    expect(buckets.take('key 9999', 10_000)).toBeGreaterThan(0);
  });
});

describe('clientKey', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002::ffff', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s counts as %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});
