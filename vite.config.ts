import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { lib0ShortStrings } from './client/build/lib0Strings.ts';

const serverPort = Number(process.env.PORT ?? 1234);

export default defineConfig({
  root: 'client',
  plugins: [react(), lib0ShortStrings()],
  // @partnermap/shared/<entry> by the tsconfig paths, which mirror shared/package.json's exports.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        advancedChunks: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'flow', test: /node_modules[\\/]@xyflow[\\/]/ },
            // utf8.ts is what lib0's string reader calls (client/build/lib0Strings.ts): kept with it.
            { name: 'sync', test: /node_modules[\\/](yjs|y-websocket|y-protocols|y-indexeddb|lib0)[\\/]|client[\\/]src[\\/]sync[\\/]utf8\.ts$/ },
            // Only the analysis views import the measures, with import(): kept out of the first load.
            { name: 'graphology', test: /node_modules[\\/](graphology[^\\/]*|mnemonist|obliterator|pandemonium|events)[\\/]/ },
            // zodWithoutEval rides with zod: it must run before any chunk builds or parses a schema.
            { name: 'vendor', test: /node_modules[\\/]|zodWithoutEval\.ts$/ },
          ],
        },
      },
    },
  },
  // The overview's painter (client/src/canvas/overview/overview.worker.ts) is a module worker.
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://localhost:${serverPort}`,
      '/healthz': `http://localhost:${serverPort}`,
      '/ws': { target: `ws://localhost:${serverPort}`, ws: true },
    },
  },
});
