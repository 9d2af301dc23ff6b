/**
 * Temporary files left when a save was interrupted between writing and renaming (the real file
 * is intact: the rename is what makes a save count). Listed by `coach doctor`, removed by `--fix`.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * conf's writer (atomically) names them `FILE.tmp-<time><random>`; ours (src/io/files.ts)
 * `.FILE.<12 random hex>.tmp`; versions before 0.2 wrote `FILE.<pid>.tmp`.
 */
const TEMP = /\.tmp-\d{10}[a-f0-9]{6}$|^\..+\.[a-f0-9]{12}\.tmp$|\.\d+\.tmp$/;
/** Younger than this, a temporary file may belong to a save in progress in another terminal. */
const MIN_AGE_MS = 60_000;

export function findLeftovers(home: string, now: number): string[] {
  const found: string[] = [];
  for (const dir of [home, path.join(home, 'xapi')]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMP.test(name)) continue;
      const file = path.join(dir, name);
      const st = statSync(file, { throwIfNoEntry: false });
      if (st?.isFile() && now - st.mtimeMs > MIN_AGE_MS) found.push(file);
    }
  }
  return found.sort();
}

export function removeLeftovers(files: readonly string[]): void {
  for (const file of files) rmSync(file, { force: true });
}
