/** The programme's rules that do not touch files: which lessons `--require` names, and whether a key is the programme's. */
import { CoachError, EXIT } from '../errors.js';
import { closestIds } from '../strings.js';
import { type Enrollment, PROGRAM_FORMAT, type Program } from './formats.js';
import { keyFingerprint } from './key-fingerprint.js';

/** Track ids and lesson ids to lesson ids, in catalogue order; unknown ones fail with suggestions. */
export function expandRequired(
  ids: readonly string[],
  catalog: { tracks: { id: string }[]; lessons: { id: string; track: string }[] },
): string[] {
  const all = [...catalog.tracks.map((t) => t.id), ...catalog.lessons.map((l) => l.id)];
  const unknown = ids.filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    const suggestions = [...new Set(unknown.flatMap((id) => closestIds(id, all).slice(0, 2)))].join(', ');
    throw new CoachError('lesson-ids-unknown', { ids: unknown.join(', '), suggestions }, EXIT.usage);
  }
  const wanted = new Set(ids);
  return catalog.lessons.filter((l) => wanted.has(l.id) || wanted.has(l.track)).map((l) => l.id);
}

/**
 * The key given to `invite` or `report` must be the programme's: a programme file of format 2
 * carries its key's fingerprint. Another programme's key would sign enrolments whose records are
 * all rejected later, with a message that blames the learners. Format 1 carries none: nothing to check.
 */
export function checkKey(program: Program, masterKey: string, files: { program: string; key: string }): void {
  if (program.format !== PROGRAM_FORMAT) return;
  const actual = keyFingerprint(masterKey);
  if (actual !== program.keyFingerprint)
    throw new CoachError('key-mismatch', {
      program: files.program,
      key: files.key,
      expected: program.keyFingerprint,
      actual,
    });
}

/** What an enrolment carries of a programme: everything but its format and its key's fingerprint. */
export function publicPart(program: Program): Enrollment['program'] {
  const { format: _format, ...rest } = program;
  if (!('keyFingerprint' in rest)) return rest;
  const { keyFingerprint: _fingerprint, ...open } = rest;
  return open;
}
