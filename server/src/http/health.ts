import type { FanoutHealth } from '../fanout/fanout.ts';
import type { BoardStore } from '../storage/store.ts';
import { sendJson } from './respond.ts';
import type { Route } from './routes.ts';

/**
 * GET /healthz: the store and the link to other instances, separately. Only a store that cannot
 * write makes it 503: with Redis down this instance still saves every edit (other instances'
 * people see them once Redis is back), so taking every instance out of a balancer would be worse.
 */
export function healthRoute(store: BoardStore, fanout: () => FanoutHealth): Route {
  return {
    method: 'GET',
    pattern: /^\/healthz$/,
    handler: (_req, res) => {
      const storeState = !store.isOpen() ? 'closed' : store.isWritable() ? 'ok' : 'failing';
      const redis = fanout();
      const status = storeState !== 'ok' ? 'store failing' : redis === 'down' ? 'degraded' : 'ok';
      sendJson(res, storeState === 'ok' ? 200 : 503, { status, store: storeState, redis: redis === 'single instance' ? 'not used' : redis });
    },
  };
}
