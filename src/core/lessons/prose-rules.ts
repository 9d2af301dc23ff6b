/**
 * Rules on the prose of a lesson, beyond its format: a step stays short (at most STEP_WORD_LIMIT
 * words), and French text uses the typographic apostrophe (’), never the straight one (').
 * Pure: steps in, findings out (a code, a line, parameters); `coach lint` words them.
 */
import type { Step } from './types.js';

/** Words of prose a step may hold, the "Sources" line excluded (issue 14). */
export const STEP_WORD_LIMIT = 220;

/** The codes these rules raise; their words, in both languages, are in src/i18n/lesson-issues.ts. */
export type ProseIssueCode = 'step-too-long' | 'straight-apostrophe';

export interface ProseFinding {
  code: ProseIssueCode;
  /** 1-based line of the step's heading. */
  line: number;
  params: Record<string, string | number>;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A word: a run of letters and digits (so "l’équipe" is two words, "2FA" one). */
const WORD = /[\p{L}\p{N}]+/gu;
/** The line that carries a step's citations, e.g. "*Sources: AMF, 2024*" or "*Sources : …*". */
const SOURCES_LINE = /^\s*[*_]*\s*Sources?[\s\u00A0\u202F]*:/i;

export function isSourcesLine(line: string): boolean {
  return SOURCES_LINE.test(line);
}

/** Markdown without its fenced blocks (```…``` and ~~~…~~~), line by line. */
function outsideFences(markdown: string): string[] {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const open = FENCE.exec(line);
    if (fence) {
      if (open && line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1]!;
      continue;
    }
    kept.push(line);
  }
  return kept;
}

/** Runs of letters and digits outside fenced blocks, the "Sources" line and `:::` markers excluded. */
export function proseWordCount(markdown: string): number {
  let n = 0;
  for (const line of outsideFences(markdown)) {
    if (isSourcesLine(line) || /^:::/.test(line)) continue; // network section markers are not prose
    n += line.match(WORD)?.length ?? 0;
  }
  return n;
}

/**
 * The words of a step's text (its block aside). Every network section counts: the step must stay
 * short as written, whichever section a learner sees.
 */
export function stepWordCount(step: Step): number {
  return proseWordCount(step.body);
}

/** Straight apostrophes in prose, each given with the word around it; code spans and fenced code are not prose. */
export function straightApostrophes(markdown: string): string[] {
  const found: string[] = [];
  for (const line of outsideFences(markdown)) {
    const prose = line.replace(/(`+)[^`]*?\1/g, ' ');
    for (const m of prose.matchAll(/[\p{L}\p{N}]*'[\p{L}\p{N}]*/gu)) found.push(m[0]);
  }
  return found;
}

/** The strings a learner reads in a step's block: these are prose too. */
function blockStrings(step: Step): string[] {
  const b = step.block;
  if (!b) return [];
  switch (b.kind) {
    case 'quiz':
      return [b.question, ...Object.values(b.choices), b.explain];
    case 'reflect':
      return [b.prompt];
    case 'checklist':
      return b.items;
    case 'task':
      return b.prompt === undefined ? [] : [b.prompt];
  }
}

/** Findings for one lesson file; French rules apply to `.fr.md` files (or when `lang` says so). */
export function proseFindings(
  file: string,
  steps: Step[],
  lang: 'en' | 'fr' = /\.fr\.md$/i.test(file) ? 'fr' : 'en',
): ProseFinding[] {
  const findings: ProseFinding[] = [];
  for (const step of steps) {
    const words = stepWordCount(step);
    if (words > STEP_WORD_LIMIT)
      findings.push({ code: 'step-too-long', line: step.line, params: { words, limit: STEP_WORD_LIMIT } });
    if (lang !== 'fr') continue;
    const straight = [step.title, step.body, ...blockStrings(step)].flatMap(straightApostrophes);
    if (straight.length > 0)
      findings.push({
        code: 'straight-apostrophe',
        line: step.line,
        params: { count: straight.length, example: straight[0]! },
      });
  }
  return findings;
}
