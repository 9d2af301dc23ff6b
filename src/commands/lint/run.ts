/** `coach lint [DIR...] [--json]`: checks lesson folders; every problem names its file and line; exit 1 on any error. */
import path from 'node:path';
import { say, type Context } from '../../context.js';
import { CoachError } from '../../core/errors.js';
import { assemble, type ParsedFolder } from '../../core/lessons/assemble.js';
import { contentIssues, requiresIssues } from '../../core/lessons/content-rules.js';
import type { LessonIssue } from '../../core/lessons/types.js';
import { byCodeUnit } from '../../core/strings.js';
import { parseDir } from '../../io/catalog.js';
import { isFolder } from '../../io/files.js';
import { bundledLessonsDir } from '../../io/paths.js';
import { safeJson } from '../../render/json.js';
import { lintJson, lintLines } from '../../render/lint.js';

export interface LintReport {
  lessons: number;
  files: number;
  issues: LessonIssue[];
}

export async function lint(ctx: Context, dirs: string[]): Promise<LintReport> {
  const bundled = bundledLessonsDir();
  const targets =
    dirs.length > 0
      ? dirs.map((d) => path.resolve(ctx.cwd, d))
      : [bundled, ...ctx.lessonDirs.map((d) => path.resolve(ctx.cwd, d))];
  const folders: ParsedFolder[] = [];
  for (const dir of targets) {
    if (!isFolder(dir)) throw new CoachError('lessons-dir-missing', { dir });
    folders.push(await parseDir(dir, samePath(dir, bundled), ctx.lang));
  }
  // A company folder is checked against the bundled lessons too, so a duplicate id is caught before it ships.
  if (!folders.some((f) => samePath(f.dir, bundled)))
    folders.unshift({ ...(await parseDir(bundled, true, ctx.lang)), issues: [] });
  const catalog = assemble(folders);
  const inTargets = (file: string) => targets.some((t) => file.startsWith(t));
  const issues = catalog.issues.filter((i) => inTargets(i.file));
  const known = new Set(catalog.lessons.map((l) => l.id));
  for (const lesson of catalog.lessons) {
    for (const doc of Object.values(lesson.docs))
      if (inTargets(doc.file)) issues.push(...contentIssues(doc), ...requiresIssues(doc, known));
  }
  issues.sort((a, b) => byCodeUnit(a.file, b.file) || a.line - b.line);
  const files = folders
    .filter((f) => targets.some((t) => samePath(f.dir, t)))
    .reduce((n, f) => n + f.docs.length + f.broken.length, 0);
  const lessons = catalog.lessons.filter((l) => Object.values(l.docs).some((d) => inTargets(d.file))).length;
  return { lessons, files, issues };
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

export async function run(ctx: Context, opts: { dirs: string[]; json?: boolean }): Promise<LintReport> {
  const report = await lint(ctx, opts.dirs);
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  if (opts.json) ctx.stdout.write(`${safeJson({ ...report, issues: lintJson(report.issues, ctx.lang) })}\n`);
  else {
    const s = ctx.style.out;
    ctx.stdout.write(lintLines(report.issues, { t: ctx.t, style: s, cwd: ctx.cwd }));
    const warnings = report.issues.length - errors;
    if (errors === 0)
      say(
        ctx,
        s.green(ctx.t.lint.ok(report.lessons, report.files)) + (warnings ? ` (${ctx.t.lint.warnings(warnings)})` : ''),
      );
  }
  if (errors > 0) throw new CoachError('lint-failed', { errors });
  return report;
}
