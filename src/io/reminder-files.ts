/**
 * The reminders folder of `coach nudge`: one `LEARNER-ID.eml` per learner to remind. A new run
 * replaces the previous reminder of the same learner, and removes the earlier reminder of a
 * learner who no longer needs one (so that HR never sends a stale one); it never replaces or
 * removes any other file: only an unsent draft (`X-Unsent: 1`) that a run of coach nudge could
 * have written. Every target is checked before the first file is written, so a refusal leaves
 * the folder as it was.
 */
import { lstatSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { CoachError } from '../core/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { writeError } from './file-errors.js';
import { MAX_FILE_BYTES } from './file-limits.js';
import { ensureFolder, readRegularFile } from './files.js';

const FLAG = '--out <another folder>';

/** Whether a file's text is a reminder draft as coach nudge writes them (its header block names X-Unsent: 1). */
export function isReminderDraft(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const headers = text.slice(0, end).split('\r\n');
  return (
    headers.includes('X-Unsent: 1') &&
    headers.includes('MIME-Version: 1.0') &&
    headers.some((h) => h.startsWith('To: '))
  );
}

/**
 * The folder, created when missing if its parent exists (a typo in a deep path fails, as it
 * should). With `create: false`, only checked: commands check it before any slow work.
 */
export function reminderFolder(dir: string, options: { create: boolean }): void {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (st?.isDirectory()) return;
  if (st) throw new CoachError('file-exists', { file: dir, flag: FLAG });
  const parent = path.dirname(dir);
  if (!statSync(parent, { throwIfNoEntry: false })?.isDirectory())
    throw new CoachError('folder-missing', { file: dir, dir: parent });
  if (options.create) ensureFolder(dir);
}

/** The reminder file of a learner (ids are [A-Za-z0-9][A-Za-z0-9._-]{0,63}: a safe file name). */
export function reminderFile(dir: string, learnerId: string): string {
  return path.join(dir, `${learnerId}.eml`);
}

/** An earlier draft of ours, or an empty file (what a crash before the system wrote it out may leave): nothing to lose. */
const replaceable = (text: string) => text === '' || isReminderDraft(text);

function ourDraft(file: string): boolean | undefined {
  const st = lstatSync(file, { throwIfNoEntry: false });
  if (!st) return undefined;
  try {
    return st.isFile() && replaceable(readRegularFile(file, MAX_FILE_BYTES));
  } catch {
    return false;
  }
}

/**
 * Writes the reminders (file → text); then removes the earlier drafts of `stale` files. Returns
 * which files replaced an earlier draft and which stale drafts were removed.
 */
export function writeReminders(
  dir: string,
  files: Map<string, string>,
  stale: string[],
): { replaced: Set<string>; removed: string[] } {
  const replaced = new Set<string>();
  for (const file of files.keys()) {
    const ours = ourDraft(file);
    if (ours === false) throw new CoachError('file-exists', { file, flag: FLAG });
    if (ours) replaced.add(file);
  }
  reminderFolder(dir, { create: true });
  // Private to HR: a reminder names a person, their address and that they are late. Not fsync'ed
  // one by one (5 ms each, minutes for a large roster): a reminder is made again by running again.
  for (const [file, text] of files)
    writeFileAtomic(file, text, { mode: 0o600, replace: replaceable, flag: FLAG, durable: false });
  const removed: string[] = [];
  for (const file of stale) {
    if (!ourDraft(file)) continue;
    try {
      unlinkSync(file);
    } catch (error) {
      throw writeError(file, error);
    }
    removed.push(file);
  }
  return { replaced, removed };
}
