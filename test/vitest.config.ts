/**
 * Two layers for the developer loop (README, "Development"):
 * - `unit`: core, render, commands and lessons in-process, plus the property tests: `npm run test:unit`;
 * - `e2e`: the built binary as users run it (tmux terminals, crashes, a real LRS, Chromium).
 * `npm test` runs both: the README's promise is the whole suite.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const UNIT = [
  'test/core/**/*.test.ts',
  'test/render/**/*.test.ts',
  'test/commands/**/*.test.ts',
  'test/lessons/**/*.test.ts',
  'test/io/**/*.test.ts',
  'test/robustness/properties.test.ts',
];

export default defineConfig({
  root,
  test: {
    // These machines are shared and often busy: a bound that assumes an idle machine is a flaky
    // test. Bounds are generous; the tests that wait for a state poll for it.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/**/*.test.ts'], exclude: [...UNIT, '**/node_modules/**'] },
      },
    ],
  },
});
