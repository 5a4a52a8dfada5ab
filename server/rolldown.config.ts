import { defineConfig } from 'rolldown';

/**
 * The server compiled to one file, so `npm start` runs plain `node` with no TypeScript loader in
 * memory. Our code (with @partnermap/shared, published as .ts sources) and the pure-JS packages
 * are bundled: some (graphology-metrics) have no exports map that plain node could resolve.
 * better-sqlite3 is native and pino starts workers from its own files, so both load from
 * node_modules; ws's optional native helpers are left to ws to find or not.
 */
const EXTERNAL = new Set(['better-sqlite3', 'pino', 'bufferutil', 'utf-8-validate']);

export default defineConfig({
  input: 'server/src/main.ts',
  platform: 'node',
  external: (id) => EXTERNAL.has(id) || id.startsWith('node:'),
  output: { file: 'dist-server/main.js', format: 'esm', sourcemap: true },
});
