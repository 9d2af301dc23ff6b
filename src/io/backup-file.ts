/** The backup file (`coach backup` / `coach restore`): all local progress, private notes included. */
import { CoachError } from '../core/errors.js';
import type { Store } from '../core/progress/types.js';
import { checkStore } from '../core/progress/validate.js';
import { readText } from './files.js';
import { parseExchanged } from './sponsor-files.js';

export const BACKUP_FORMAT = 'exec-coach.backup/1';

/** Backups carry every reflection and draft: larger than exchanged files, still bounded. */
const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** Reads a backup and checks its progress as strictly as the progress file itself; errors name the file and field. */
export function readBackup(file: string): Store {
  const raw = parseExchanged(file, readText(file, MAX_BACKUP_BYTES));
  const doc = raw as { format?: unknown; store?: unknown };
  if (typeof raw !== 'object' || raw === null || doc.format !== BACKUP_FORMAT) {
    throw new CoachError('file-invalid', {
      file,
      what: 'exec-coach backup',
      field: 'format',
      message: `must be "${BACKUP_FORMAT}"`,
    });
  }
  const checked = checkStore(doc.store);
  if (!checked.ok) {
    const p = checked.problem;
    const field = p.kind === 'wrong-shape' ? `store.${p.field}` : 'store';
    const message =
      p.kind === 'future-version'
        ? `comes from a newer exec-coach (format ${p.version}): update first`
        : 'has an unexpected content';
    throw new CoachError('file-invalid', { file, what: 'exec-coach backup', field, message });
  }
  return checked.store;
}
