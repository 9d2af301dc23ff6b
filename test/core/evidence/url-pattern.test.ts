/**
 * Issue 12, finding 4: a lesson's `pattern` runs on what the learner pastes, and lesson folders
 * may come from third parties. Patterns are matched in linear time (RE2, through re2js), checked by
 * lint with the same engine, and the pasted input is capped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../../src/core/lessons/parse.js';
import { checkLink } from '../../../src/core/evidence/links.js';
import { issueText } from '../../../src/i18n/lesson-issues.js';
import { ROOT } from '../../helpers/cli.js';

const lesson = (pattern: string) =>
  `---\nid: demo-one\ntitle: One\nminutes: 10\nversion: 1\nobjective: Learn.\n---\n\n## Do\n\n\`\`\`task\nevidence: url\npattern: '${pattern}'\n\`\`\`\n`;
const OPTS = { startedAt: Date.UTC(2026, 0, 1), now: Date.UTC(2026, 0, 2) };
/** The issue's patterns: each backtracks exponentially in a backtracking engine on this input. */
const HOSTILE = [
  '^https://example\\.com/((a+))+$',
  '^https://example\\.com/(a|a)+$',
  '^https://example\\.com/(\\w|a)*$',
];
const INPUT = `https://example.com/${'a'.repeat(34)}!`;

let dir: string;
let bundle: string;
beforeAll(async () => {
  // The link checker as the coach runs it, in a process of its own: a pattern that never ends
  // must not take the test runner with it (the bound below is generous; it proves an end, not a speed).
  dir = mkdtempSync(path.join(tmpdir(), 'coach-re2-'));
  bundle = path.join(dir, 'links.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'src/core/evidence/links.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 4: lesson patterns cannot freeze the coach', () => {
  it('pattern-linear: the issue\'s patterns on its 34 a + "!" link end with a refusal, in a separate process', () => {
    const script = `import { checkLink } from ${JSON.stringify(bundle)};\nfor (const pattern of ${JSON.stringify(HOSTILE)}) process.stdout.write(checkLink('url', ${JSON.stringify(INPUT)}, { ...${JSON.stringify(OPTS)}, pattern }).code + '\\n');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.signal, 'the check did not end').toBeNull();
    expect(r.stdout.trim().split('\n')).toEqual(['pattern-mismatch', 'pattern-mismatch', 'pattern-mismatch']);
  });

  it('pattern-re2-lint: a pattern RE2 cannot run (a back-reference, a look-ahead) is a lint error with its line', () => {
    for (const bad of ['^https://x/(a)\\1$', '^https://x/(?=a)']) {
      const issues = parseLesson(lesson(bad), 'p.en.md', 'en').issues;
      expect(issues, bad).toHaveLength(1);
      expect(issues[0]).toMatchObject({ severity: 'error', line: 13 });
      expect(issueText('en', issues[0]!), bad).toMatch(/pattern/);
    }
    for (const fine of [...HOSTILE, '^https://intranet\\.example\\.com/charter/'])
      expect(parseLesson(lesson(fine), 'p.en.md', 'en').issues, fine).toEqual([]);
  });

  it('link-length-cap: a pasted link longer than 2048 characters is refused unread', () => {
    expect(checkLink('url', `https://example.com/${'a'.repeat(5000)}`, OPTS)).toMatchObject({
      ok: false,
      code: 'not-a-link',
    });
    expect(checkLink('url', `https://example.com/${'a'.repeat(1000)}`, OPTS)).toMatchObject({ ok: true });
  });
});
