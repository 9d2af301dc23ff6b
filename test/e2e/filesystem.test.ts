/**
 * Ordinary filesystem conditions end in a message that names the file or folder and says what to
 * do, never in "Something went wrong that exec-coach did not expect": an unreadable or missing
 * lesson folder, a full disk, a read-only folder, a missing parent folder. Nothing half-written is
 * left behind. The full disk and the read-only folder are real: a small tmpfs mounted in a private
 * mount namespace (`unshare -rm`, which works for root and for other users alike).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, coach, tempHome } from '../helpers/cli.js';
import { builtCopy, type BuiltCopy } from '../durability/built-copy.js';
import { COURSE } from '../helpers/context.js';
import { testEnrollment } from '../helpers/fake-lrs.js';

const NOBODY = 65534;
const UNEXPECTED = /did not expect|n’a pas prévu|n'a pas prévu/;

let built: BuiltCopy;
let work: string;
beforeAll(() => {
  built = builtCopy();
  work = mkdtempSync(path.join(tmpdir(), 'coach-fs-'));
  chmodSync(work, 0o755); // an unprivileged user may enter it; what is inside decides the rest
});
afterAll(() => {
  built.cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the built copy as the unprivileged user, with its own state folder. */
function asNobody(
  args: string[],
  env: Record<string, string> = {},
  given?: string,
): { code: number | null; stdout: string; stderr: string } {
  const home = given ?? mkdtempSync(path.join(work, 'home-'));
  chmodSync(home, 0o700);
  spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, home]);
  const r = spawnSync(
    'setpriv',
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, built.bin, ...args],
    {
      env: cleanEnv({ EXEC_COACH_HOME: home, HOME: home, ...env }),
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A lesson folder the unprivileged user cannot read (mode 000), holding one valid-looking track. */
function unreadableLessons(): string {
  const dir = path.join(work, `locked-${Math.random().toString(16).slice(2)}`);
  mkdirSync(path.join(dir, 'ours'), { recursive: true });
  writeFileSync(
    path.join(dir, 'ours', 'track.yaml'),
    'id: ours\norder: 9\ntitle: { en: Ours, fr: Les nôtres }\nsummary: { en: Ours., fr: Les nôtres. }\n',
  );
  chmodSync(dir, 0o000);
  return dir;
}

describe('a lesson folder that cannot be read', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`given with --lessons: exit 1, the folder named, in ${lang}; commands without lessons still work`, () => {
      const dir = unreadableLessons();
      const r = asNobody(['list', '--lang', lang, '--lessons', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(UNEXPECTED);
      expect(r.stderr).toContain(dir);
      expect(r.stderr).toMatch(
        lang === 'en' ? /cannot be read \(EACCES\)/ : /Impossible de lire ce dossier de leçons \(EACCES\)/,
      );
      const config = asNobody(['config', 'name', 'Claire', '--lang', lang, '--lessons', dir]);
      expect(config.stderr).toBe('name = Claire\n');
      expect(config.code).toBe(0);
    });
  }

  it('given with EXEC_COACH_LESSONS: the same message, for `show` and `start`', () => {
    const dir = unreadableLessons();
    for (const args of [
      ['show', 'security-lock-down'],
      ['start', 'security-lock-down', '--no-input'],
    ]) {
      const r = asNobody(args, { EXEC_COACH_LESSONS: dir });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).not.toMatch(UNEXPECTED);
      expect(r.stderr).toContain(dir);
    }
  });
});

describe('a lesson folder shipped by the programme that cannot be read', () => {
  it('shipped by the programme (its lessons folder, beside the enrolment file): the same message; without the folder, enroll says so', () => {
    const dir = path.join(work, 'company-lessons');
    cpSync(COURSE, dir, { recursive: true });
    const enrolment = {
      ...testEnrollment('https://lrs.example.com/xapi'),
      program: {
        ...testEnrollment('https://lrs.example.com/xapi').program,
        lrs: undefined,
        lessons: path.basename(dir),
      },
    };
    const file = path.join(work, 'me.enrollment.json');
    writeFileSync(file, JSON.stringify(enrolment));
    const home = mkdtempSync(path.join(work, 'home-'));
    const joined = coach(['enroll', file], { home });
    expect(joined.code, joined.stderr).toBe(0);
    expect(coach(['list'], { home }).stdout).toContain('demo-basics\tdemo'); // the programme's lessons are read
    chmodSync(dir, 0o000);
    const r = asNobody(['list'], {}, home);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(UNEXPECTED);
    expect(r.stderr).toContain(dir);
    const elsewhere = path.join(work, 'moved.enrollment.json');
    writeFileSync(
      elsewhere,
      JSON.stringify({
        ...enrolment,
        id: '0b3c2d1e-8d3a-4c55-9f0e-2a7b4c1d9e12',
        program: { ...enrolment.program, lessons: 'not-sent' },
      }),
    );
    const again = coach(['enroll', elsewhere, '--yes'], { home: mkdtempSync(path.join(work, 'home-')) });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Your programme ships lessons in a folder that is not here');
  });
});

describe('a lesson folder partly unreadable, or missing', () => {
  it('a track folder inside that cannot be read is named itself', () => {
    const dir = path.join(work, 'partly-locked');
    mkdirSync(path.join(dir, 'ours'), { recursive: true });
    chmodSync(path.join(dir, 'ours'), 0o000);
    const r = asNobody(['list', '--lessons', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(UNEXPECTED);
    expect(r.stderr).toContain(path.join(dir, 'ours'));
  });

  it('a lesson folder that does not exist: exit 1, named, with where it came from', () => {
    const { home, cleanup } = tempHome();
    const missing = path.join(work, 'no-such-folder');
    const r = coach(['list', '--lessons', missing], { home });
    cleanup();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`This lesson folder does not exist: ${missing}`);
    expect(r.stderr).toMatch(/--lessons, EXEC_COACH_LESSONS/);
  });
});

/**
 * Runs the coach inside a private mount namespace where a fresh folder is a 64 KiB tmpfs, full
 * (`full`) or read-only (`ro`); `args` receives that folder. Returns what the coach said and what
 * the folder held afterwards (read inside the namespace, before it goes away).
 */
function inSmallDisk(
  kind: 'full' | 'ro',
  args: (mnt: string) => string[],
  opts: { home?: string; lang?: string } = {},
) {
  const mnt = mkdtempSync(path.join(work, `${kind}-`));
  const script = [
    `mount -t tmpfs -o size=64k${kind === 'ro' ? ',ro' : ''} tmpfs "$MNT" || exit 90`,
    kind === 'full' ? 'mkdir "$MNT/home"; head -c 1048576 /dev/zero > "$MNT/fill" 2>/dev/null' : ':',
    '"$@"; rc=$?',
    'echo "--- in the folder:" >&2; ls -A "$MNT" >&2; [ -d "$MNT/home" ] && ls -A "$MNT/home" | sed "s|^|home/|" >&2',
    'exit $rc',
  ].join('\n');
  const home = opts.home ?? path.join(mnt, 'home');
  const r = spawnSync(
    'unshare',
    ['-rm', 'sh', '-c', script, 'sh', process.execPath, BIN, ...args(mnt), ...(opts.lang ? ['--lang', opts.lang] : [])],
    {
      env: cleanEnv({ MNT: mnt, EXEC_COACH_HOME: home }),
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  rmSync(mnt, { recursive: true, force: true });
  if (r.status === 90) throw new Error(`could not mount a tmpfs in a private namespace (unshare -rm): ${r.stderr}`);
  const [said = '', listing = ''] = r.stderr.split('--- in the folder:\n');
  return { code: r.status, stderr: said, files: listing.trim().split('\n').filter(Boolean), mnt };
}

/** Commands that write a file the user named, and the files each may leave in the folder. */
const OUTPUTS: { name: string; args: (dir: string) => string[] }[] = [
  { name: 'export --out', args: (dir) => ['export', '--out', path.join(dir, 'record.json')] },
  { name: 'backup --out', args: (dir) => ['backup', '--out', path.join(dir, 'backup.json')] },
  {
    name: 'program init --out',
    args: (dir) => [
      'program',
      'init',
      '--id',
      'p1',
      '--title',
      'P',
      '--due',
      '2099-01-01',
      '--require',
      'security',
      '--out',
      dir,
    ],
  },
];

describe('a full disk', () => {
  for (const o of OUTPUTS) {
    it(`${o.name}: exit 1, "the disk is full", the file named, nothing half-written left`, () => {
      const { home, cleanup } = tempHome();
      const r = inSmallDisk('full', o.args, { home });
      cleanup();
      expect(r.stderr).not.toMatch(UNEXPECTED);
      expect(r.stderr).toMatch(/The disk is full: .* could not be written/);
      expect(r.stderr).toContain(r.mnt);
      expect(r.code).toBe(1);
      expect(r.files.sort()).toEqual(['fill', 'home']);
    });
  }

  it('in French too', () => {
    const { home, cleanup } = tempHome();
    const r = inSmallDisk('full', OUTPUTS[0]!.args, { home, lang: 'fr' });
    cleanup();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Le disque est plein\u00a0: impossible d’écrire .*record\.json/);
  });

  it('the progress file itself: "could not be saved", the reason, and no temporary file left', () => {
    const r = inSmallDisk('full', () => ['config', 'name', 'Claire Dubois']);
    expect(r.stderr).not.toMatch(UNEXPECTED);
    expect(r.stderr).toMatch(/Your progress could not be saved \(ENOSPC\)/);
    expect(r.code).toBe(1);
    expect(r.files.filter((f) => f.startsWith('home/') && f !== 'home/progress.json.lock')).toEqual([]);
  });
});

describe('a read-only folder', () => {
  for (const o of OUTPUTS) {
    it(`${o.name}: exit 1, "read-only", the folder named, nothing written`, () => {
      const { home, cleanup } = tempHome();
      const r = inSmallDisk('ro', o.args, { home });
      cleanup();
      expect(r.stderr).not.toMatch(UNEXPECTED);
      expect(r.stderr).toContain(`This folder is read-only: ${r.mnt}`);
      expect(r.code).toBe(1);
      expect(r.files).toEqual([]);
    });
  }
});

describe('a missing folder', () => {
  it('export and backup into a folder that does not exist: exit 1, the folder named, nothing created', () => {
    const { home, cleanup } = tempHome();
    const missing = path.join(work, 'not-here', 'deeper');
    for (const args of [
      ['export', '--out', path.join(missing, 'record.json')],
      ['backup', '--out', path.join(missing, 'backup.json')],
    ]) {
      const r = coach(args, { home });
      expect(r.stderr, args[0]).not.toMatch(UNEXPECTED);
      expect(r.stderr).toContain(`This folder does not exist: ${missing}`);
      expect(r.code).toBe(1);
      expect(readdirSync(work)).not.toContain('not-here');
    }
    const fr = coach(['export', '--lang', 'fr', '--out', path.join(missing, 'record.json')], { home });
    expect(fr.stderr).toContain(`Ce dossier n’existe pas\u00a0: ${missing}`);
    cleanup();
  });
});
