/** Moves a damaged progress file aside (never deletes it) and writes a fresh one with what could be recovered. */
import { renameSync } from 'node:fs';
import { MAX_STATE_BYTES } from './file-limits.js';
import { readRegularFile } from './files.js';
import path from 'node:path';
import { recoverStore } from '../core/progress/recover.js';
import type { ProgressStore } from './store.js';

export async function repairStore(store: ProgressStore, now: number): Promise<{ aside: string; recovered: number }> {
  let text = '';
  try {
    text = readRegularFile(store.file, MAX_STATE_BYTES, { followLinks: true });
  } catch {
    text = ''; // unreadable or a folder: nothing to salvage, the original is still kept aside
  }
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const aside = path.join(path.dirname(store.file), `progress.damaged-${stamp}.json`);
  renameSync(store.file, aside);
  const { store: recovered, lessons } = recoverStore(text);
  await store.update(() => recovered);
  return { aside, recovered: lessons };
}

/** How many lessons a repair would keep (nothing is changed): for `coach doctor` without --fix. */
export function recoverableLessons(store: ProgressStore): number {
  try {
    return recoverStore(readRegularFile(store.file, MAX_STATE_BYTES, { followLinks: true })).lessons;
  } catch {
    return 0;
  }
}
