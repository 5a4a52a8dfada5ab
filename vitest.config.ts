import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @partnermap/shared/<entry> by the tsconfig paths, which mirror shared/package.json's exports.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}'],
    // Server tests start real server processes (two, with a restart, in one test): on a busy
    // 2-core machine a start alone can take seconds.
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
