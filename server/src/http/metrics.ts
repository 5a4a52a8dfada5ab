import type { Route } from './routes.ts';

/** Bucket upper bounds in seconds: from a local commit (sub-millisecond) to a stalled network. */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

class Histogram {
  private readonly counts = BUCKETS.map(() => 0);
  private sum = 0;
  private count = 0;

  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) this.counts[i]!++;
    });
  }

  lines(name: string, labels: string): string[] {
    const sep = labels ? ',' : '';
    return [
      ...BUCKETS.map((bound, i) => `${name}_bucket{${labels}${sep}le="${bound}"} ${this.counts[i]}`),
      `${name}_bucket{${labels}${sep}le="+Inf"} ${this.count}`,
      `${name}_sum${labels ? `{${labels}}` : ''} ${this.sum}`,
      `${name}_count${labels ? `{${labels}}` : ''} ${this.count}`,
    ];
  }
}

/** Stored updates per second, over the last RATE_WINDOW_S whole seconds. */
const RATE_WINDOW_S = 10;

export interface Gauges {
  connections: number;
  boards: number;
}

/**
 * The figures `/metrics` reports, in Prometheus text format. Kept in memory per instance;
 * a scraper sums instances. No labels carry board ids or tokens.
 */
export class Metrics {
  private storedCount = 0;
  private readonly perSecond = new Map<number, number>();
  private readonly store = new Map<string, Histogram>();
  private readonly storeErrors = new Map<string, number>();
  private readonly fanoutLag = new Histogram();

  constructor(private readonly gauges: () => Gauges) {}

  updatesStored(count: number): void {
    this.storedCount += count;
    const second = Math.floor(Date.now() / 1000);
    this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + count);
    for (const s of this.perSecond.keys()) if (s <= second - RATE_WINDOW_S) this.perSecond.delete(s);
  }

  storeCall(op: string, seconds: number, failed: boolean): void {
    let histogram = this.store.get(op);
    if (!histogram) this.store.set(op, (histogram = new Histogram()));
    histogram.observe(seconds);
    if (failed) this.storeErrors.set(op, (this.storeErrors.get(op) ?? 0) + 1);
  }

  fanoutReceived(lagMs: number): void {
    // Clocks of two machines: a small negative lag is skew, not time travel.
    this.fanoutLag.observe(Math.max(0, lagMs) / 1000);
  }

  render(): string {
    const { connections, boards } = this.gauges();
    const now = Math.floor(Date.now() / 1000);
    let recent = 0;
    for (const [s, n] of this.perSecond) if (s > now - RATE_WINDOW_S && s < now) recent += n;
    const lines = [
      '# HELP partnermap_connections WebSocket connections joined to a board on this instance.',
      '# TYPE partnermap_connections gauge',
      `partnermap_connections ${connections}`,
      '# HELP partnermap_boards_loaded Boards loaded in memory on this instance.',
      '# TYPE partnermap_boards_loaded gauge',
      `partnermap_boards_loaded ${boards}`,
      '# HELP partnermap_updates_stored_total Document updates this instance has stored.',
      '# TYPE partnermap_updates_stored_total counter',
      `partnermap_updates_stored_total ${this.storedCount}`,
      `# HELP partnermap_updates_per_second Updates stored per second over the last ${RATE_WINDOW_S} s (rate() of the counter says the same).`,
      '# TYPE partnermap_updates_per_second gauge',
      `partnermap_updates_per_second ${recent / (RATE_WINDOW_S - 1)}`,
      '# HELP partnermap_store_seconds Time a storage call took.',
      '# TYPE partnermap_store_seconds histogram',
      ...[...this.store].flatMap(([op, h]) => h.lines('partnermap_store_seconds', `op="${op}"`)),
      '# HELP partnermap_store_errors_total Storage calls that failed.',
      '# TYPE partnermap_store_errors_total counter',
      ...[...this.storeErrors].map(([op, n]) => `partnermap_store_errors_total{op="${op}"} ${n}`),
      '# HELP partnermap_fanout_lag_seconds From another instance publishing a message to this one receiving it (by the two clocks).',
      '# TYPE partnermap_fanout_lag_seconds histogram',
      ...this.fanoutLag.lines('partnermap_fanout_lag_seconds', ''),
    ];
    return `${lines.join('\n')}\n`;
  }
}

export function metricsRoute(metrics: Metrics): Route {
  return {
    method: 'GET',
    pattern: /^\/metrics$/,
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(metrics.render());
    },
  };
}
