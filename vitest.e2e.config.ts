import { defineConfig } from 'vitest/config'

// Browser tests: a real server (`node dist/server/cli.js serve`) driven by Chromium through
// playwright-core. `npm run test:e2e`; the PostgreSQL smoke flow needs DATABASE_URL (or
// TONGXIN_TEST_PG_URL) and fails without it. TONGXIN_E2E_SKIP_PG=1 leaves that file out, for a
// contributor without PostgreSQL; CI never sets it.
const skipPg = process.env.TONGXIN_E2E_SKIP_PG === '1'

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    exclude: ['node_modules/**', ...(skipPg ? ['test/e2e/pg-smoke.e2e.test.ts'] : [])],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One file at a time, in one forked process: each file starts its own server and browser, and
    // two of them at once on a 2-core machine only makes timeouts flaky.
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
})
