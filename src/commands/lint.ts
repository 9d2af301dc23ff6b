/** `coach lint [DIR...]`: checks lesson folders; every problem names its file and line; exit 1 on any error. */
import { byCodeUnit } from '../core/compare.js';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { out, say, type Context } from '../context.js';
import { CoachError } from '../core/errors.js';
import type { ParsedFolder } from '../core/lessons/assemble.js';
import type { LessonIssue } from '../core/lessons/types.js';
import { assemble } from '../core/lessons/assemble.js';
import { unknownSections } from '../core/lessons/network.js';
import { proseFindings } from '../core/lessons/prose-rules.js';
import { parseDir } from '../io/catalog.js';
import { bundledLessonsDir } from '../io/paths.js';
import { stripControl } from '../render/terminal-text.js';
import { lessonIssue } from '../core/lessons/issue.js';
import { issueText } from '../i18n/lesson-issues.js';
import { safeJson } from '../render/json.js';

export interface LintReport {
  lessons: number;
  files: number;
  issues: LessonIssue[];
}

export async function lint(ctx: Context, dirs: string[]): Promise<LintReport> {
  const bundled = bundledLessonsDir();
  const targets = dirs.length > 0 ? dirs.map((d) => path.resolve(d)) : [bundled, ...ctx.lessonDirs.map((d) => path.resolve(d))];
  const folders: ParsedFolder[] = [];
  for (const dir of targets) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CoachError('lessons-dir-missing', { dir });
    folders.push(await parseDir(dir, samePath(dir, bundled), ctx.lang));
  }
  // A company folder is checked against the bundled lessons too, so a duplicate id is caught before it ships.
  if (!folders.some((f) => samePath(f.dir, bundled))) folders.unshift({ ...(await parseDir(bundled, true, ctx.lang)), issues: [] });
  const catalog = assemble(folders);
  const issues = [...catalog.issues.filter((i) => targets.some((t) => i.file.startsWith(t)))];
  for (const lesson of catalog.lessons) {
    for (const doc of Object.values(lesson.docs)) {
      if (!targets.some((t) => doc.file.startsWith(t))) continue;
      issues.push(...contentIssues(doc.file, doc.steps, doc.network));
    }
  }
  issues.sort((a, b) => byCodeUnit(a.file, b.file) || a.line - b.line);
  const files = folders.filter((f) => targets.some((t) => samePath(f.dir, t))).reduce((n, f) => n + f.docs.length + f.broken.length, 0);
  const lessons = catalog.lessons.filter((l) => Object.values(l.docs).some((d) => targets.some((t) => d.file.startsWith(t)))).length;
  return { lessons, files, issues };
}

/** Rules on what a lesson teaches, beyond its format: each lesson needs a quiz; network sections must name known networks. */
function contentIssues(file: string, steps: import('../core/lessons/types.js').Step[], network: boolean): LessonIssue[] {
  const issues: LessonIssue[] = [];
  if (steps.length < 3 || steps.length > 6) issues.push(lessonIssue(file, 0, 'step-count', { count: steps.length }));
  if (!steps.some((s) => s.kind === 'quiz')) issues.push(lessonIssue(file, 0, 'no-quiz'));
  for (const step of steps) {
    const unknown = unknownSections(step.body);
    if (unknown.length > 0) issues.push(lessonIssue(file, step.line, 'unknown-network', { names: unknown.join(', ') }));
    if (!network && step.body.split('\n').some((l) => /^:::/.test(l))) issues.push(lessonIssue(file, step.line, 'sections-need-network'));
    if (step.block?.kind === 'task' && typeof step.block.evidence !== 'string' && !network) {
      issues.push(lessonIssue(file, step.line, 'map-needs-network'));
    }
  }
  for (const f of proseFindings(file, steps)) issues.push(lessonIssue(file, f.line, f.code, f.params));
  return issues;
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

export async function run(ctx: Context, opts: { dirs: string[]; json?: boolean }): Promise<LintReport> {
  const report = await lint(ctx, opts.dirs);
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  if (opts.json) out(ctx, safeJson(report));
  else {
    const s = ctx.style.out;
    for (const i of report.issues) {
      const shown = i.file.startsWith(ctx.cwd + path.sep) ? path.relative(ctx.cwd, i.file) : i.file;
      const where = stripControl(i.line > 0 ? `${shown}:${i.line}` : shown); // file names can hold escape sequences too
      const label = i.severity === 'error' ? s.red(ctx.t.lint.error) : s.yellow(ctx.t.lint.warning);
      out(ctx, `${where}: ${label}${ctx.t.common.colon} ${stripControl(issueText(ctx.lang, i))}`);
    }
    const warnings = report.issues.length - errors;
    if (errors === 0) say(ctx, s.green(ctx.t.lint.ok(report.lessons, report.files)) + (warnings ? ` (${ctx.t.lint.warnings(warnings)})` : ''));
  }
  if (errors > 0) throw new CoachError('lint-failed', { errors });
  return report;
}
