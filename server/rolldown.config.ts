import { defineConfig } from 'rolldown';

/**
 * The server compiled to one file, so `npm start` runs plain `node` with no TypeScript loader in
 * memory. Our code (with @partnermap/shared, published as .ts sources) and the pure-JS packages
 * are bundled: some (graphology-metrics) have no exports map that plain node could resolve.
 * Packages that are native (better-sqlite3, resvg), start workers or read data files from their
 * own folder (pino, pdfkit's fonts), or have optional native parts (pg, ws) load from node_modules.
 */
const EXTERNAL = new Set([
  'better-sqlite3',
  '@resvg/resvg-js',
  'pino',
  'pdfkit',
  'svg-to-pdfkit',
  'pg',
  'ioredis',
  'bufferutil',
  'utf-8-validate',
]);

export default defineConfig({
  input: 'server/src/main.ts',
  platform: 'node',
  external: (id) => EXTERNAL.has(id) || id.startsWith('node:'),
  // A folder: the report modules are loaded on demand, as chunks of their own.
  output: { dir: 'dist-server', entryFileNames: 'main.js', format: 'esm', sourcemap: true },
});
