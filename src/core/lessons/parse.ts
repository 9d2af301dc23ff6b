/**
 * Parses one lesson file (Markdown with YAML front matter and step blocks) into a LessonDoc.
 * Pure: takes the text, returns the lesson or the problems found, each with its line.
 */
import {
  type Block,
  MAX_LESSON_BYTES,
  type Lang,
  type LessonDoc,
  type LessonIssue,
  type Practice,
  type Step,
  type StepKind,
} from './types.js';
import { lineOf, parseYaml, validateYaml, type ParsedYaml } from './yaml-lines.js';
import { lessonIssue, type LessonIssueCode } from './issue.js';
import { BLOCK_KINDS, type BlockKind, parseBlock } from './parse-block.js';
import { frontMatterSchema } from './schema.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
/** C0 controls except tab, DEL and C1 controls: they could drive the learner's terminal. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const STEP_HEADING = /^## +(.+?)[ #]*$/;

export interface ParseResult {
  doc?: LessonDoc;
  issues: LessonIssue[];
}

export function parseLesson(source: string, file: string, lang: Lang): ParseResult {
  if (source.length > MAX_LESSON_BYTES) {
    return fail(file, 0, 'too-large', { kb: MAX_LESSON_BYTES / 1024 });
  }
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const control = lines.findIndex((line) => CONTROL.test(line));
  if (control >= 0) return fail(file, control + 1, 'control-character');
  if (lines[0]?.trim() !== '---') return fail(file, 1, 'no-front-matter');
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) return fail(file, 1, 'front-matter-open');

  const yaml = parseYaml(lines.slice(1, close).join('\n'), file, 2);
  const front = validateYaml(yaml, frontMatterSchema, file, 2, 'front matter');
  const body = parseSteps(lines, close + 1, file);
  const issues = [...front.issues, ...body.issues];
  if (body.steps.length === 0 && body.issues.length === 0) {
    issues.push(lessonIssue(file, close + 2, 'no-step'));
  }
  if (!front.value || issues.some((i) => i.severity === 'error')) return { issues };
  const f = front.value;
  return {
    doc: {
      id: f.id,
      lang,
      file,
      title: f.title,
      minutes: f.minutes,
      version: f.version,
      objective: f.objective,
      network: f.network,
      ...(f.requires && { requires: f.requires }),
      ...(f.practice && { practice: practices(f.practice, yaml) }),
      steps: body.steps,
    },
    issues,
  };
}

/** The front matter's practices, each with the file line of its item (for lint's messages). */
function practices(
  items: NonNullable<ReturnType<typeof frontMatterSchema.parse>['practice']>,
  yaml: ParsedYaml,
): Practice[] {
  return items.map((p, i) => ({
    text: p.text,
    minutes: p.minutes,
    evidence: p.evidence,
    ...(p.channel && { channel: p.channel }),
    line: lineOf(yaml, ['practice', i], 2),
  }));
}

/** Splits the body into steps at level-2 headings, outside fenced code. */
function parseSteps(lines: string[], start: number, file: string): { steps: Step[]; issues: LessonIssue[] } {
  const steps: Step[] = [];
  const issues: LessonIssue[] = [];
  let current: { title: string; line: number; body: string[]; block?: Block; blockKind?: BlockKind } | undefined;
  let fence: { marker: string; kind?: BlockKind; line: number; content: string[] } | undefined;

  const finish = () => {
    if (!current) return;
    const body = current.body.join('\n').trim();
    const kind: StepKind = current.blockKind ?? 'reading';
    steps.push({
      title: current.title,
      body,
      kind,
      line: current.line,
      ...(current.block ? { block: current.block } : {}),
    });
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    if (fence) {
      if (
        line.trim().startsWith(fence.marker[0]!.repeat(fence.marker.length)) &&
        line.trim().replace(/[`~]/g, '') === ''
      ) {
        if (fence.kind && current) {
          const block = parseBlock(fence.kind, fence.content.join('\n'), file, fence.line + 1);
          issues.push(...block.issues);
          if (block.value) current.block = block.value;
        } else if (current) {
          current.body.push(line);
        }
        fence = undefined;
      } else if (fence.kind) {
        fence.content.push(line);
      } else {
        current?.body.push(line);
      }
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      const info = (open[2] ?? '').toLowerCase();
      const kind = (BLOCK_KINDS as readonly string[]).includes(info) ? (info as BlockKind) : undefined;
      if (kind && !current) issues.push(lessonIssue(file, lineNo, 'block-outside-step', { kind }));
      if (kind && current?.blockKind) {
        issues.push(lessonIssue(file, lineNo, 'two-blocks', { stepLine: current.line, kind: current.blockKind }));
      } else if (kind && current) {
        current.blockKind = kind;
      }
      fence = { marker: open[1]!, line: lineNo, content: [], ...(kind ? { kind } : {}) };
      if (!kind) current?.body.push(line);
      continue;
    }
    const heading = STEP_HEADING.exec(line);
    if (heading) {
      finish();
      current = { title: heading[1]!.trim(), line: lineNo, body: [] };
      continue;
    }
    if (!current) {
      if (line.trim() !== '') issues.push(lessonIssue(file, lineNo, 'text-before-step'));
      continue;
    }
    current.body.push(line);
  }
  if (fence) issues.push(lessonIssue(file, fence.line, 'fence-open'));
  finish();
  return { steps, issues };
}

function fail(
  file: string,
  line: number,
  code: LessonIssueCode,
  params: Record<string, string | number> = {},
): ParseResult {
  return { issues: [lessonIssue(file, line, code, params)] };
}
