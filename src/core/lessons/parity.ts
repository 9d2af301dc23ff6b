/** English/French parity: both files of a lesson must teach and score the same thing. */
import type { Block, LessonDoc, LessonIssue } from './types.js';

export function parityIssues(en: LessonDoc, fr: LessonDoc): LessonIssue[] {
  const issues: LessonIssue[] = [];
  const err = (line: number, message: string) => issues.push({ file: fr.file, line, message: `${message} (compared with ${en.file})`, severity: 'error' });
  if (en.minutes !== fr.minutes) err(0, `minutes differ: ${fr.minutes} here, ${en.minutes} in English`);
  if (en.version !== fr.version) err(0, `version differs: ${fr.version} here, ${en.version} in English`);
  if (en.network !== fr.network) err(0, '"network" differs between the languages');
  if (en.steps.length !== fr.steps.length) {
    err(0, `${fr.steps.length} steps here, ${en.steps.length} in English`);
    return issues;
  }
  en.steps.forEach((enStep, i) => {
    const frStep = fr.steps[i]!;
    if (enStep.kind !== frStep.kind) {
      err(frStep.line, `step ${i + 1} is a ${frStep.kind} step here but a ${enStep.kind} step in English`);
      return;
    }
    const a = fingerprint(enStep.block);
    const b = fingerprint(frStep.block);
    if (a !== b) err(frStep.line, `step ${i + 1}: ${b} here, ${a} in English`);
  });
  return issues;
}

/** What must match across languages, as a readable phrase (texts may differ; keys and answers not). */
function fingerprint(block: Block | undefined): string {
  if (!block) return 'no block';
  switch (block.kind) {
    case 'quiz':
      return `quiz choices ${Object.keys(block.choices).sort().join('/')} with answer ${block.answer.join('+')}`;
    case 'task':
      return `task evidence ${JSON.stringify(block.evidence)} count ${block.count} draft_ok ${block.draftOk} limits ${block.min ?? '-'}..${block.max ?? '-'} lines ${block.minLines ?? '-'} length ${block.length ?? 'chars'} warn ${block.warn ?? '-'} channel ${block.channel ?? '-'} pattern ${block.pattern ?? '-'}`;
    case 'reflect':
      return `reflect (${block.optional ? 'optional' : 'required'})`;
    case 'checklist':
      return `checklist of ${block.items.length} items`;
  }
}
