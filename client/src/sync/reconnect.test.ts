import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '@partnermap/shared/protocol';
import { RECONNECT_POLICY } from './backoff.ts';
import { manageReconnect } from './reconnect.ts';

/** Just what manageReconnect uses of a provider: its events, shouldConnect, connect and disconnect. */
class FakeProvider {
  shouldConnect = true;
  connects = 0;
  disconnects = 0;
  private listeners = new Map<string, Set<(arg: unknown) => void>>();
  on(name: string, f: (arg: unknown) => void) {
    this.listeners.set(name, (this.listeners.get(name) ?? new Set()).add(f));
  }
  off(name: string, f: (arg: unknown) => void) {
    this.listeners.get(name)?.delete(f);
  }
  emit(name: string, arg: unknown) {
    for (const f of this.listeners.get(name) ?? []) f(arg);
  }
  connect() {
    this.shouldConnect = true;
    this.connects++;
  }
  disconnect() {
    this.shouldConnect = false;
    this.disconnects++;
    this.emit('connection-close', null);
  }
  /** The server closes the socket, as y-websocket reports it. */
  serverCloses(code: number) {
    this.emit('connection-close', { code });
  }
}

describe('manageReconnect', () => {
  let provider: FakeProvider;
  let network: { onLine: boolean };
  let stop: () => void;
  const onOnline = vi.fn();
  const onFinal = vi.fn();
  let linkCode: number | undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    network = { onLine: true };
    vi.stubGlobal('navigator', network);
    vi.stubGlobal('window', new EventTarget());
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    provider = new FakeProvider();
    linkCode = undefined;
    stop = manageReconnect(provider as unknown as WebsocketProvider, {
      onOnline,
      onFinal,
      checkLink: () => Promise.resolve(linkCode),
    });
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
    onOnline.mockReset();
    onFinal.mockReset();
  });

  it('takes over after a server close: no reconnect from y-websocket, ours after a jittered wait', () => {
    provider.serverCloses(CloseCode.GoingAway);
    // y-websocket's own scheduled reconnect checks shouldConnect and does nothing.
    expect(provider.shouldConnect).toBe(false);
    vi.advanceTimersByTime(549);
    expect(provider.connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(provider.connects).toBe(1);
  });

  it('waits longer after each failure, and starts again once synced', () => {
    provider.serverCloses(1006);
    vi.advanceTimersByTime(RECONNECT_POLICY.baseMs);
    provider.serverCloses(1006);
    vi.advanceTimersByTime(1000);
    expect(provider.connects).toBe(1);
    vi.advanceTimersByTime(50);
    expect(provider.connects).toBe(2);
    provider.emit('sync', true);
    provider.serverCloses(1006);
    vi.advanceTimersByTime(550);
    expect(provider.connects).toBe(3);
  });

  it('does not retry a link the server refused for good', () => {
    provider.serverCloses(CloseCode.LinkReplaced);
    vi.advanceTimersByTime(60_000);
    expect(provider.connects).toBe(0);
  });

  it('asks whether the link still works after repeated failures, and stops if it does not', async () => {
    linkCode = CloseCode.LinkReplaced;
    for (let i = 0; i < 2; i++) {
      provider.serverCloses(1006);
      vi.advanceTimersByTime(RECONNECT_POLICY.maxMs);
    }
    provider.serverCloses(1006);
    await vi.runAllTimersAsync();
    expect(onFinal).toHaveBeenCalledWith(CloseCode.LinkReplaced);
    expect(provider.connects).toBe(2);
  });

  it('disconnects when the browser goes offline and reconnects, spread out, when it is back', () => {
    window.dispatchEvent(new Event('offline'));
    expect(onOnline).toHaveBeenLastCalledWith(false);
    expect(provider.disconnects).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(provider.connects).toBe(0);

    network.onLine = true;
    window.dispatchEvent(new Event('online'));
    expect(onOnline).toHaveBeenLastCalledWith(true);
    vi.advanceTimersByTime(550);
    expect(provider.connects).toBe(1);
  });
});
