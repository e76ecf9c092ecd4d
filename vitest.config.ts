import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/support/slow-first-sequencer.js';

// Tests run the packages from source through the "@opcc/source" export condition, so no build
// is needed first and a failing test points at TypeScript lines.
export default defineConfig({
  resolve: { conditions: ['@opcc/source'] },
  ssr: { resolve: { conditions: ['@opcc/source'] } },
  test: {
    include: ['packages/*/src/**/*.spec.ts', 'tests/**/*.spec.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    // The files of minutes first, so that the two workers end together.
    sequence: { sequencer: SlowFirstSequencer },
    // Gives the run its own temporary folder and, last of all, fails it if a test left files or processes behind.
    globalSetup: ['tests/global-setup.ts'],
    // CI asks for a machine-readable report beside the usual one, to print its closing line.
    ...(process.env['OPCC_VITEST_JSON'] ? { reporters: ['default', 'json'], outputFile: { json: process.env['OPCC_VITEST_JSON'] } } : {}),
  },
});
