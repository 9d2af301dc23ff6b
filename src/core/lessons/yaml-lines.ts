/**
 * YAML parsing that keeps line numbers, so every error about a lesson names its file and line.
 * `baseLine` is the file line where the YAML text starts (1-based).
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { LessonIssue } from './types.js';
import { lessonIssue } from './issue.js';

/** YAML aliases are refused outright: lessons never need them, and they are how "billion laughs" bombs work. */
const MAX_ALIASES = 0;

export interface ParsedYaml {
  value: unknown;
  doc?: Document.Parsed;
  lines: LineCounter;
  issues: LessonIssue[];
}

export function parseYaml(text: string, file: string, baseLine: number): ParsedYaml {
  const lines = new LineCounter();
  const issues: LessonIssue[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    issues.push(lessonIssue(file, baseLine, 'yaml-unreadable', { detail: (error as Error).message }));
    return { value: undefined, lines, issues };
  }
  for (const error of doc.errors) {
    const at = error.linePos?.[0]?.line ?? 1;
    issues.push(lessonIssue(file, baseLine + at - 1, 'yaml-error', { detail: firstLine(error.message) }));
  }
  if (issues.length > 0) return { value: undefined, doc, lines, issues };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    issues.push(lessonIssue(file, baseLine, 'yaml-alias', { detail: firstLine((error as Error).message) }));
  }
  return { value, doc, lines, issues };
}

/** Validates parsed YAML with a zod schema; each problem points at the line of the offending key. */
export function validateYaml<T>(
  parsed: ParsedYaml,
  schema: z.ZodType<T>,
  file: string,
  baseLine: number,
  what: string,
): { value?: T; issues: LessonIssue[] } {
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  const result = schema.safeParse(parsed.value);
  if (result.success) return { value: result.data, issues: [] };
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // An unknown key is reported at the key itself, not at the start of its map.
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    return lessonIssue(file, lineOf(parsed, path, baseLine), 'field-invalid', {
      what,
      field: path.join('.'),
      detail: issue.message,
    });
  });
  return { issues };
}

/** The file line of the node at `path`, or of its nearest existing parent. */
export function lineOf(parsed: ParsedYaml, path: (string | number)[], baseLine: number): number {
  if (!parsed.doc) return baseLine;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? parsed.doc.contents : parsed.doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return baseLine + parsed.lines.linePos(node.range[0]).line - 1;
  }
  return baseLine;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
