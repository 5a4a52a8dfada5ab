import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @partnermap/shared/<entry> by the tsconfig paths, which mirror shared/package.json's exports.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    hookTimeout: 30000,
  },
});
