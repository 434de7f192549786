import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'runtime/**/*.test.ts',
      'definitions/**/*.test.ts',
      'rules/**/*.test.ts',
      'server/**/*.test.ts',
      'seeds/**/*.test.ts',
      'designer/**/*.test.{ts,tsx}',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'designer/e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
