/** Test contexts and fake LRSs that are cleaned up after each test of the file that asks for them. */
import { afterEach } from 'vitest';
import { testContext, type TestContext, type TestOptions } from './context.js';
import { FakeLrs } from './fake-lrs.js';

export function scoped(): { context(opts?: TestOptions): TestContext; fake(): Promise<FakeLrs> } {
  const made: TestContext[] = [];
  const servers: FakeLrs[] = [];
  afterEach(async () => {
    for (const c of made.splice(0)) c.cleanup();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return {
    context: (opts = {}) => {
      const c = testContext(opts);
      made.push(c);
      return c;
    },
    fake: async () => {
      const s = await FakeLrs.start();
      servers.push(s);
      return s;
    },
  };
}
