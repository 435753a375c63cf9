import { defineConfig } from 'vitest/config';

// Generous timeouts: these tests compile hundreds of schemas and run tsc on shared, noisy
// machines. They guard against hangs only; performance is measured by `npm run bench`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Installs the codex releases the e2e tests run (cached after the first time).
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
