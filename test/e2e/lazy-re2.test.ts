/**
 * re2js (the linear-time matcher of lesson patterns, issue 12 finding 4) loads only for commands
 * that check links or patterns: `status` and `list` never load it; `lint` does (which also shows
 * that the module log below sees it when it is loaded).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { distFiles, loadedBy } from '../helpers/loads.js';
import { FIXTURES } from '../helpers/context.js';
import { completedProgress } from '../helpers/progress.js';

const home = tempHome();
afterAll(() => home.cleanup());
/** The dist chunk that holds re2js (its parser's own message is in no other). */
function re2Chunk(): string {
  const found = distFiles().filter((f) => readFileSync(f, 'utf8').includes('error parsing regexp'));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function loaded(args: string[]): string[] {
  return loadedBy(args, { home: home.home }).files;
}

describe('re2js loads lazily', () => {
  it('not for status or list; for lint', () => {
    const chunk = re2Chunk();
    expect(loaded(['status', '--json'])).not.toContain(chunk);
    expect(loaded(['list', '--json'])).not.toContain(chunk);
    expect(loaded(['lint', path.join(FIXTURES, 'course')])).toContain(chunk);
  });
  it('not for coach today off a terminal (a practice and questions due) nor for coach plan', () => {
    const at = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const done = completedProgress(at);
    writeFileSync(
      path.join(home.home, 'progress.json'),
      JSON.stringify({
        schemaVersion: 3,
        settings: {},
        lessons: { 'security-lock-down': done, 'linkedin-listen': done },
        history: {},
        daily: { practice: [], reviews: {} },
      }),
    );
    const chunk = re2Chunk();
    expect(loaded(['today'])).not.toContain(chunk);
    expect(loaded(['plan'])).not.toContain(chunk);
  });
});
