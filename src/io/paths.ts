/** Where things live: the package's own folders, and the learner's state folder. */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

let root: string | undefined;
/**
 * The package root, found from this file's location (dist/ when built, src/io/ under tests) by
 * walking up to package.json: never from the working directory.
 */
export function packageRoot(): string {
  if (root) return root;
  // import.meta.dirname, not the file's URL: the CommonJS build reads it as __dirname, where the
  // URL took a conversion each way (half a millisecond of every start).
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  root = dir;
  return dir;
}

export function bundledLessonsDir(): string {
  return path.join(packageRoot(), 'lessons');
}

/**
 * The folder for all local state. Precedence: EXEC_COACH_HOME, then the OS config folder
 * (the same one `conf` would choose for the project "exec-coach").
 */
export function stateHome(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string {
  if (env.EXEC_COACH_HOME) return path.resolve(env.EXEC_COACH_HOME);
  const home = homedir();
  const name = 'exec-coach-nodejs';
  if (platform === 'darwin') return path.join(home, 'Library', 'Preferences', name);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), name, 'Config');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), name);
}
