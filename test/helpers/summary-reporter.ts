/**
 * Adds one plain closing line, "N passed, N failed", after vitest's own summary: the line CI
 * reads to know how many tests ran, whatever the runner.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let failedFiles = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that could not load, or whose beforeAll failed (its tests then show as skipped).
      if (module.state() === 'failed' && ![...module.children.allTests()].some((t) => t.result().state === 'failed'))
        failedFiles++;
    }
    const files = failedFiles ? `, ${failedFiles} file${failedFiles > 1 ? 's' : ''} failed to run` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${files}\n`);
  }
}
