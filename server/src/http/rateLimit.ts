import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import { HttpError } from './respond.ts';
import type { Handler } from './routes.ts';

interface Bucket {
  tokens: number;
  at: number;
}

export interface TokenBucketsOptions {
  /** Requests a key may make per minute, and the burst it may make at once. */
  perMinute: number;
  /** Beyond this many keys the least recently used is dropped, so memory stays bounded. */
  maxKeys?: number;
}

/**
 * One token bucket per key, refilled continuously at `perMinute`. A bucket that has refilled is
 * the same as no bucket, so it is dropped: memory holds only keys active in the last minute.
 */
export function tokenBuckets({ perMinute, maxKeys = 10_000 }: TokenBucketsOptions) {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  let sweptAt = 0;

  const level = (bucket: Bucket, now: number) => Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);

  function sweep(now: number): void {
    sweptAt = now;
    for (const [key, bucket] of buckets) if (level(bucket, now) >= perMinute) buckets.delete(key);
  }

  return {
    /** Takes a token for `key`: 0 when granted, else the whole seconds until one is free. */
    take(key: string, now = Date.now()): number {
      if (now - sweptAt >= 60_000) sweep(now);
      const bucket = buckets.get(key);
      const tokens = bucket ? level(bucket, now) : perMinute;
      if (tokens < 1) return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
      // Re-inserted so that the Map's order is least recently used first.
      buckets.delete(key);
      buckets.set(key, { tokens: tokens - 1, at: now });
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return 0;
    },
    get size(): number {
      return buckets.size;
    },
  };
}

/**
 * Whom a request is counted against: its peer address (no proxy header is trusted), with an
 * IPv4-mapped address read as IPv4 and an IPv6 address by its /64, which one host usually holds.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return expandIPv6(address).slice(0, 4).join(':') + '::/64';
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = address.includes('::') ? Array<string>(8 - left.length - right.length).fill('0') : [];
  return [...left, ...zeros, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}

/**
 * Wraps a handler so that each client address may call it `perMinute` times a minute (429 with
 * Retry-After beyond); 0 turns the limit off.
 */
export function limitPerAddress(perMinute: number): (handler: Handler) => Handler {
  if (perMinute === 0) return (handler) => handler;
  const buckets = tokenBuckets({ perMinute });
  return (handler) =>
    (req: IncomingMessage, ...rest) => {
      const wait = buckets.take(clientKey(req.socket.remoteAddress));
      if (wait > 0) {
        throw new HttpError(429, `Too many new boards from this address: try again in ${wait} seconds`, {
          'retry-after': String(wait),
        });
      }
      return handler(req, ...rest);
    };
}
