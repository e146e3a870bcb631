import { defineConfig } from 'vitest/config'

// Three projects: `unit` (pure, no database), `sqlite` and `postgres` (the same *.db.test.ts files,
// once per dialect). `npm test` runs unit + sqlite; `npm run test:pg` runs postgres.
const dbTests = ['server/**/*.db.test.ts', 'test/**/*.db.test.ts']

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...dbTests, 'test/e2e/**', 'test/fault/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sqlite',
          include: dbTests,
          environment: 'node',
          globalSetup: ['test/setup/global-sqlite.ts'],
          env: { TONGXIN_TEST_DIALECT: 'sqlite' },
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: dbTests,
          environment: 'node',
          globalSetup: ['test/setup/global-postgres.ts'],
          env: { TONGXIN_TEST_DIALECT: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
