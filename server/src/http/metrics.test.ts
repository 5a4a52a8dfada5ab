import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.ts';

const sample = (text: string, name: string) => Number(text.split('\n').find((line) => line.startsWith(`${name} `))?.slice(name.length + 1));

describe('/metrics', () => {
  it('reports the gauges, counts stored updates and fills histogram buckets cumulatively', () => {
    const metrics = new Metrics(() => ({ connections: 7, boards: 2 }));
    metrics.updatesStored(1);
    metrics.updatesStored(1);
    metrics.storeCall('appendUpdates', 0.002, false);
    metrics.storeCall('appendUpdates', 0.2, true);
    metrics.fanoutReceived(-3);
    const text = metrics.render();
    expect(sample(text, 'partnermap_connections')).toBe(7);
    expect(sample(text, 'partnermap_boards_loaded')).toBe(2);
    expect(sample(text, 'partnermap_updates_stored_total')).toBe(2);
    expect(sample(text, 'partnermap_store_seconds_bucket{op="appendUpdates",le="0.0025"}')).toBe(1);
    expect(sample(text, 'partnermap_store_seconds_bucket{op="appendUpdates",le="0.25"}')).toBe(2);
    expect(sample(text, 'partnermap_store_seconds_bucket{op="appendUpdates",le="+Inf"}')).toBe(2);
    expect(sample(text, 'partnermap_store_errors_total{op="appendUpdates"}')).toBe(1);
    // Clock skew between machines shows as no lag, never a negative one.
    expect(sample(text, 'partnermap_fanout_lag_seconds_sum')).toBe(0);
    expect(sample(text, 'partnermap_fanout_lag_seconds_count')).toBe(1);
    for (const line of text.trim().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+(\{[^}]*\})? [-\d.e+]+)$/);
  });
});
