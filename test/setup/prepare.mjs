// `npm test` runs this first: it installs what the tests need and stops at once, with one clear
// line, when it cannot. The README promises that `npm install && npm test` is the whole set-up on a
// fresh clone; CI calls the same command, so nothing the tests need is installed anywhere else.
//
// - Debian packages: tmux (the coach driven in a real pseudo-terminal), chromium (the HTML report in
//   a headless browser), faketime (the daily loop with the clock moved), poppler-utils (the report's
//   PDF checked with pdfinfo and rendered to PNG with pdftoppm). Installed with apt-get when
//   missing and this user is root; otherwise named, and the run stops (never a silent skip).
// - The test learning record store (test/lrs-fixture, a GPL test fixture that is never shipped): its
//   own folder and lockfile, installed with `npm ci --ignore-scripts` when missing or out of date.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What each package is for, said when it is missing and cannot be installed here. */
const PACKAGES = [
  { command: 'tmux', pkg: 'tmux', why: 'the terminal tests drive the coach in a real pseudo-terminal' },
  { command: 'chromium', pkg: 'chromium', why: 'the HTML report is checked in headless Chromium' },
  { command: 'faketime', pkg: 'faketime', why: 'the daily-practice tests move the clock of the real binary' },
  {
    command: 'pdftoppm',
    pkg: 'poppler-utils',
    why: "the HTML report's print layout is checked from Chromium's PDF (pdfinfo, pdftoppm)",
  },
];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function stop(line) {
  process.stderr.write(`npm test: ${line}\n`);
  process.exit(1);
}

/** Runs a command quietly; its output is shown only when it fails. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
  if (r.status !== 0)
    process.stderr.write(
      `${(r.stdout ?? '').slice(-4000)}${(r.stderr ?? '').slice(-4000)}${r.error ? String(r.error) : ''}\n`,
    );
  return r.status === 0;
}

function ensurePackages() {
  const missing = PACKAGES.filter((p) => !has(p.command));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.pkg).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    const why = missing.map((p) => `${p.pkg} (${p.why})`).join('; ');
    stop(
      `install the Debian ${missing.length === 1 ? 'package' : 'packages'} ${names} first: sudo apt-get install -y ${names}. Needed because ${why}.`,
    );
  }
  process.stderr.write(`npm test: installing the Debian packages the tests need: ${names}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Chromium's recommended packages bring the fonts the screenshot test needs.
  if (
    !run('apt-get', ['update', '-qq'], { env }) ||
    !run('apt-get', ['install', '-y', '-qq', ...missing.map((p) => p.pkg)], { env })
  ) {
    stop(
      `apt-get could not install ${names}: install ${missing.length === 1 ? 'it' : 'them'} by hand (apt-get install -y ${names}), then run npm test again.`,
    );
  }
  const still = missing.filter((p) => !has(p.command));
  if (still.length > 0)
    stop(`${still.map((p) => p.command).join(', ')} is still not on the PATH after apt-get install.`);
}

/** The fixture is reinstalled when its lockfile changed since the last install (a stamp records it). */
function ensureLrsFixture() {
  const dir = path.join(root, 'test', 'lrs-fixture');
  const lock = readFileSync(path.join(dir, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const stamp = path.join(dir, 'node_modules', '.exec-coach-installed');
  const entry = path.join(dir, 'node_modules', 'xapi-statements', 'dist', 'index.js');
  if (existsSync(entry) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) return;
  process.stderr.write('npm test: installing the test learning record store (test/lrs-fixture, about 160 MB, once)\n');
  // --ignore-scripts: nothing of the fixture's dependency tree runs at install time.
  // --engine-strict=false: the fixture declares an old Node range it runs fine on, and `npm test` passes
  // this project's own engine-strict setting down to child npm processes through the environment.
  if (
    !run('npm', ['ci', '--ignore-scripts', '--engine-strict=false', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
    })
  ) {
    stop(
      'could not install the test learning record store in test/lrs-fixture (npm ci --ignore-scripts failed, see above).',
    );
  }
  if (!existsSync(entry))
    stop(`the test learning record store is installed but ${path.relative(root, entry)} is missing.`);
  writeFileSync(stamp, `${hash}\n`);
}

ensurePackages();
ensureLrsFixture();
