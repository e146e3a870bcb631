import { defineConfig } from 'vitest/config'

// Fault tests: real server processes killed and restarted. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/fault/**/*.fault.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
})
