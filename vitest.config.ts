import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Golden and snapshot files are never written by a plain run; updating takes an explicit flag.
    update: false,
    testTimeout: 30000,
  },
});
