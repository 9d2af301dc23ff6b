/** English/French parity: both files of a lesson must teach and score the same thing. */
import type { Block, LessonDoc, LessonIssue } from './types.js';
import { lessonIssue } from './issue.js';
import type { LessonIssueCode } from './issue.js';

export function parityIssues(en: LessonDoc, fr: LessonDoc): LessonIssue[] {
  const issues: LessonIssue[] = [];
  const err = (line: number, code: LessonIssueCode, params: Record<string, string | number> = {}) =>
    issues.push(lessonIssue(fr.file, line, code, { ...params, other: en.file }));
  if (en.minutes !== fr.minutes) err(0, 'parity-minutes', { here: fr.minutes, there: en.minutes });
  if (en.version !== fr.version) err(0, 'parity-version', { here: fr.version, there: en.version });
  if (en.network !== fr.network) err(0, 'parity-network');
  if ((en.requires ?? []).join(',') !== (fr.requires ?? []).join(',')) err(0, 'parity-requires');
  const practices = [practiceFingerprint(en), practiceFingerprint(fr)];
  if (practices[0] !== practices[1])
    err(fr.practice?.[0]?.line ?? 0, 'parity-practice', { here: practices[1]!, there: practices[0]! });
  if (en.steps.length !== fr.steps.length) {
    err(0, 'parity-steps', { here: fr.steps.length, there: en.steps.length });
    return issues;
  }
  en.steps.forEach((enStep, i) => {
    const frStep = fr.steps[i]!;
    if (enStep.kind !== frStep.kind) {
      err(frStep.line, 'parity-kind', { step: i + 1, here: frStep.kind, there: enStep.kind });
      return;
    }
    const a = fingerprint(enStep.block);
    const b = fingerprint(frStep.block);
    if (a !== b) err(frStep.line, 'parity-block', { step: i + 1, here: b, there: a });
  });
  return issues;
}

/** Practices must ask the same action the same way in both languages: as many, same minutes and evidence (texts differ). */
function practiceFingerprint(doc: LessonDoc): string {
  const list = doc.practice ?? [];
  if (list.length === 0) return 'no practice';
  return list
    .map(
      (p, i) =>
        `practice ${i + 1}: ${p.minutes} min, evidence ${JSON.stringify(p.evidence)}${p.channel ? `, channel ${p.channel}` : ''}`,
    )
    .join('; ');
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
