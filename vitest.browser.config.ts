// Browser tests: real Chromium (Debian's) against the built site in dist/, served by
// `astro preview` on a free loopback port. Run `npm run build` first (`npm test` does).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium per file; two files at a time suit the 2-core machines.
    maxWorkers: 2,
  },
});
