/**
 * Corruption: a progress file that cannot be trusted is never written over. For each damaged
 * variant, `coach status`, `status --json`, `list`, `start --no-input` and `config lang fr` (the
 * built binary) exit 1 (2 where input is needed) with a message naming the file and a next step,
 * and leave the folder exactly as it was; `coach doctor` explains; `coach doctor --fix` keeps the
 * original under a new name (byte-identical) and starts a new file with every sound lesson entry.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, tempHome } from '../helpers/cli.js';
import { T0, testContext } from '../helpers/context.js';
import { INTERRUPT, ScriptedPrompter } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';
import { run as start } from '../../src/commands/start/run.js';
import { checkStoreText } from '../../src/core/progress/validate.js';
import { builtCopy, type BuiltCopy } from './built-copy.js';

const NOBODY = 65534;
const A = 'foundations-lead-by-example';
const B = 'security-lock-down';
const C = 'x-first-post';
const ALL = [A, B, C];

/** A real store, written by the coach itself: A and B completed, C in progress (2 steps), a name. */
async function realStore(): Promise<string> {
  const base = testContext({ lessonDirs: [] });
  try {
    const catalog = await base.catalog();
    const doc = (id: string) => catalog.lessons.find((l) => l.id === id)!.docs.en!;
    for (const id of [A, B]) {
      await start(
        testContext({
          lessonDirs: [],
          home: base.home,
          prompter: new ScriptedPrompter(answersFor(doc(id), { now: T0 })),
        }),
        { lesson: id },
      );
    }
    const partial = answersFor(doc(C), { now: T0, prerequisitesDone: true }); // B is security-lock-down, done above
    const two = answersFor(doc(C), { now: T0, from: 2 }).length;
    await start(
      testContext({
        lessonDirs: [],
        home: base.home,
        prompter: new ScriptedPrompter([...partial.slice(0, partial.length - two), INTERRUPT]),
      }),
      { lesson: C },
    ).catch(() => undefined);
    await base.store.update((s) => ({ ...s, settings: { ...s.settings, name: 'Claire Dubois' } }));
    return readFileSync(base.store.file, 'utf8');
  } finally {
    base.cleanup();
  }
}
const real = await realStore();
/** A lesson entry of the progress file, as parsed. */
interface LessonDoc {
  status: unknown;
  stepsDone: unknown;
  startedAt: unknown;
  activeMs: unknown;
  results: unknown[];
}
/** The progress file, as parsed; its fields are `unknown` because the variants below write values of the wrong type on purpose. */
interface StoreDoc {
  schemaVersion: unknown;
  settings: Record<string, unknown>;
  lessons: Record<string, LessonDoc>;
  history: Record<string, unknown>;
  enrollment?: unknown;
}
const realDoc = JSON.parse(real) as StoreDoc;

let built: BuiltCopy;
beforeAll(() => {
  built = builtCopy();
  expect(realDoc.lessons[C]!.stepsDone).toBe(2);
  expect(Object.keys(realDoc.lessons)).toEqual(ALL);
}, 180_000);
afterAll(() => built?.cleanup());

type Kind = 'not-json' | 'wrong-shape' | 'future' | 'unreadable' | 'folder';

interface Variant {
  name: string;
  kind: Kind;
  /** Puts the damaged thing at `file`. */
  make(file: string, home: string): void;
  /** Lesson entries `doctor --fix` must carry over. */
  recovered: string[];
  /** Whether the settings (the name) must be carried over too. */
  settings: boolean;
  /** Run every command as an unprivileged user (uid 65534). */
  asNobody?: boolean;
}

/** The real store changed by `edit`, as text. */
function edited(edit: (doc: StoreDoc) => void): string {
  const doc = structuredClone(realDoc);
  edit(doc);
  return JSON.stringify(doc, null, '\t');
}
const text = (t: string | Buffer | (() => string | Buffer)) => (file: string) =>
  writeFileSync(file, typeof t === 'function' ? t() : t);

const MESSAGE: Record<Kind, RegExp> = {
  'not-json': /is damaged[\s\S]*coach doctor/,
  'wrong-shape': /unexpected content at "[^"]+"[\s\S]*coach doctor/,
  future: /newer version of exec-coach[\s\S]*Update exec-coach/,
  unreadable: /cannot be read[\s\S]*(permissions|coach doctor)/,
  folder: /A folder stands where your progress file should be[\s\S]*(Move or rename|coach doctor --fix)/,
};

const canDropPrivileges = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;

/** For variants from which nothing can be recovered. */
const none = { recovered: [], settings: false };

/** Every damaged variant, in the order they are tried; grouped by kind of damage below. */
function variants(): Variant[] {
  return [
    ...truncatedVariants(),
    ...notJsonVariants(),
    ...wrongShapeTopLevelVariants(),
    ...wrongShapeEntryVariants(),
    ...futureVariants(),
    ...specialFileVariants(),
  ];
}

/** Truncated at several offsets of a real store (a write cut short by a full disk or a crash). */
function truncatedVariants(): Variant[] {
  const list: Variant[] = [];
  const size = Buffer.byteLength(real);
  for (const at of [
    1,
    2,
    16,
    Math.floor(size * 0.1),
    Math.floor(size * 0.25),
    Math.floor(size / 2),
    Math.floor(size * 0.75),
    Math.floor(size * 0.9),
    size - 2,
    size - 1,
  ]) {
    list.push({
      name: `truncated at byte ${at} of ${size}`,
      kind: 'not-json',
      make: text(() => Buffer.from(real).subarray(0, at)),
      ...none,
    });
  }
  return list;
}

function notJsonVariants(): Variant[] {
  return [
    { name: 'empty', kind: 'not-json', make: text(''), ...none },
    { name: 'only blank lines', kind: 'not-json', make: text('\n\n   \n'), ...none },
    { name: 'not JSON: a sentence', kind: 'not-json', make: text('my progress, do not delete\n'), ...none },
    { name: 'not JSON: zero bytes', kind: 'not-json', make: text(Buffer.alloc(4096)), ...none },
    {
      name: 'not JSON: random bytes',
      kind: 'not-json',
      make: text(() => Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))),
      ...none,
    },
    {
      name: 'not JSON: a real store followed by garbage',
      kind: 'not-json',
      make: text(() => `${real}\n}}garbage`),
      ...none,
    },
    { name: 'not JSON: two stores written into each other', kind: 'not-json', make: text(() => real + real), ...none },
    { name: 'not JSON: a note typed over it, on two lines', kind: 'not-json', make: text('oops\n{}'), ...none },
    {
      name: 'not JSON: a comment and a trailing comma',
      kind: 'not-json',
      make: text('// progress\n{ "schemaVersion": 2, "settings": {}, "lessons": {}, "history": {}, }'),
      ...none,
    },
  ];
}

/** Valid JSON of the wrong shape: the whole file or one of its top-level fields. */
function wrongShapeTopLevelVariants(): Variant[] {
  return [
    { name: 'wrong shape: an array', kind: 'wrong-shape', make: text('[]'), ...none },
    { name: 'wrong shape: null', kind: 'wrong-shape', make: text('null'), ...none },
    { name: 'wrong shape: a number', kind: 'wrong-shape', make: text('42'), ...none },
    { name: 'wrong shape: a string', kind: 'wrong-shape', make: text('"progress"'), ...none },
    { name: 'wrong shape: only a version', kind: 'wrong-shape', make: text('{"schemaVersion":2}'), ...none },
    {
      name: 'wrong shape: the version is a string',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.schemaVersion = '2'))),
      recovered: ALL,
      settings: true,
    },
    {
      name: 'wrong shape: the version is negative',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.schemaVersion = -1))),
      recovered: ALL,
      settings: true,
    },
    {
      name: 'wrong shape: the version is a fraction',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.schemaVersion = 1.5))),
      recovered: ALL,
      settings: true,
    },
    {
      name: 'wrong shape: settings is an array',
      kind: 'wrong-shape',
      make: text(() => edited((d) => Object.assign(d, { settings: ['Claire'] }))),
      recovered: ALL,
      settings: false,
    },
    {
      name: 'wrong shape: the name is a number',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.settings.name = 7))),
      recovered: ALL,
      settings: false,
    },
    {
      name: 'wrong shape: lessons is a string',
      kind: 'wrong-shape',
      make: text(() => edited((d) => Object.assign(d, { lessons: 'all done' }))),
      recovered: [],
      settings: true,
    },
  ];
}

/** Valid JSON of the wrong shape in one entry: the other entries can be recovered. */
function wrongShapeEntryVariants(): Variant[] {
  return [
    {
      name: 'wrong shape: one lesson with more steps done than it has',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.lessons[C]!.stepsDone = 99))),
      recovered: [A, B],
      settings: true,
    },
    {
      name: 'wrong shape: one lesson with an unknown status',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.lessons[B]!.status = 'done'))),
      recovered: [A, C],
      settings: true,
    },
    {
      name: 'wrong shape: one lesson with a date that is not a date',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.lessons[A]!.startedAt = 'yesterday'))),
      recovered: [B, C],
      settings: true,
    },
    {
      name: 'wrong shape: one lesson with a result of an unknown kind',
      kind: 'wrong-shape',
      make: text(() => edited((d) => d.lessons[C]!.results.push({ kind: 'video' }))),
      recovered: [A, B],
      settings: true,
    },
    {
      name: 'wrong shape: one lesson with negative time',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.lessons[B]!.activeMs = -5))),
      recovered: [A, C],
      settings: true,
    },
    {
      name: 'wrong shape: history that is not a list',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.history[A] = { completedAt: 'x' }))),
      recovered: ALL,
      settings: true,
    },
    {
      name: 'wrong shape: a broken enrolment',
      kind: 'wrong-shape',
      make: text(() => edited((d) => (d.enrollment = { key: 1 }))),
      recovered: ALL,
      settings: true,
    },
  ];
}

/** From a future version. */
function futureVariants(): Variant[] {
  return [
    {
      name: 'future schema version 4',
      kind: 'future',
      make: text(() => edited((d) => (d.schemaVersion = 4))),
      recovered: ALL,
      settings: true,
    },
    {
      name: 'future schema version 99, new fields',
      kind: 'future',
      make: text(() => edited((d) => Object.assign(d, { schemaVersion: 99, badges: ['x'] }))),
      recovered: ALL,
      settings: true,
    },
  ];
}

/** Unreadable, and a folder where the file should be. */
function specialFileVariants(): Variant[] {
  const list: Variant[] = [
    {
      name: 'a socket where the file should be',
      kind: 'unreadable',
      make: (file) => {
        // A listening process killed at once leaves its socket file behind.
        spawnSync(
          process.execPath,
          [
            '-e',
            `require('net').createServer().listen(${JSON.stringify(file)}, () => process.kill(process.pid, 'SIGKILL'))`,
          ],
          { timeout: 10_000 },
        );
        expect(lstatSync(file).isSocket()).toBe(true);
      },
      ...none,
    },
    {
      name: 'a folder where the file should be',
      kind: 'folder',
      make: (file) => {
        mkdirSync(file);
        writeFileSync(path.join(file, 'notes.txt'), 'keep me');
      },
      ...none,
    },
  ];
  if (canDropPrivileges) {
    list.push({
      name: 'unreadable for its user (mode 000, run as uid 65534)',
      kind: 'unreadable',
      make: (file, home) => {
        writeFileSync(file, real);
        chownSync(home, NOBODY, NOBODY);
        chownSync(file, NOBODY, NOBODY);
        chmodSync(file, 0o000);
      },
      asNobody: true,
      ...none,
    });
  }
  return list;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function coachAsync(
  args: string[],
  home: string,
  opts: { asNobody?: boolean; timeout?: number } = {},
): Promise<Result> {
  const [cmd, pre] = opts.asNobody
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath]]
    : [process.execPath, []];
  return new Promise((resolve) => {
    const child = spawn(cmd, [...pre, built.bin, ...args], {
      env: cleanEnv({ EXEC_COACH_HOME: home, ...(opts.asNobody && { HOME: home }) }),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: opts.timeout ?? 20_000,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) =>
      resolve({
        code: signal ? null : code,
        stdout,
        stderr: signal ? `${stderr}\n(killed by ${signal}: did not end in time)` : stderr,
      }),
    );
  });
}

/** What a path is: type, mode and content (recursively for a folder). */
function snapshot(p: string): string {
  const st = lstatSync(p);
  const mode = (st.mode & 0o7777).toString(8);
  if (st.isDirectory())
    return `dir ${mode} {${readdirSync(p)
      .sort()
      .map((e) => `${e}: ${snapshot(path.join(p, e))}`)
      .join(', ')}}`;
  if (st.isFile()) return `file ${mode} ${st.size} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
  return `${st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : 'other'} ${mode}`;
}

/** The commands that need the store, and the exit codes each may end with. */
const COMMANDS: { args: string[]; codes: number[] }[] = [
  { args: ['status'], codes: [1] },
  { args: ['status', '--json'], codes: [1] },
  { args: ['list'], codes: [1] },
  { args: ['start', '--no-input'], codes: [1, 2] },
  { args: ['config', 'lang', 'fr'], codes: [1] },
];

const tally = {
  variants: 0,
  commands: 0,
  letThrough: 0,
  changed: 0,
  doctorUnclear: 0,
  fixed: 0,
  copiesIdentical: 0,
  recoveredLessons: 0,
};

/** Where one variant is checked: its state folder, the damaged path, and how to run the coach there. */
interface Case {
  v: Variant;
  home: string;
  file: string;
  /** The snapshot of the damaged path before any command ran. */
  original: string;
  at: { asNobody?: boolean };
}

async function check(v: Variant): Promise<void> {
  const { home, cleanup } = tempHome();
  try {
    const file = path.join(home, 'progress.json');
    v.make(file, home);
    const c: Case = { v, home, file, original: snapshot(file), at: { asNobody: v.asNobody } };
    tally.variants++;
    const doctor = await checkCommandsStop(c);
    checkDoctorExplains(c, doctor);
    if (!(await checkDoctorFixRecovers(c))) return;
    await checkWorksAgain(c);
  } finally {
    spawnSync('chmod', ['-R', 'u+rwX', home]);
    cleanup();
  }
}

/**
 * 1. Every command that needs the store stops, names the file and a next step, changes nothing.
 * `coach doctor` (without --fix) is read-only too: it runs alongside, and its result is returned.
 */
async function checkCommandsStop({ v, home, file, original, at }: Case): Promise<Result> {
  const folder = () => readdirSync(home).sort();
  const before = folder();
  const [doctor, ...results] = await Promise.all([
    coachAsync(['doctor'], home, at),
    ...COMMANDS.map((c) => coachAsync(c.args, home, at)),
  ]);
  COMMANDS.forEach((c, i) => {
    const r = results[i]!;
    tally.commands++;
    if (r.code === null || !c.codes.includes(r.code) || !r.stderr.includes(file) || !MESSAGE[v.kind].test(r.stderr))
      tally.letThrough++;
  });
  const explained =
    doctor!.code === 1 &&
    doctor!.stdout.includes(file) &&
    doctor!.stdout.includes(`Recoverable: ${v.recovered.length} lessons`);
  if (!explained) tally.doctorUnclear++;
  COMMANDS.forEach((c, i) => {
    const r = results[i]!;
    expect(r.code, `coach ${c.args.join(' ')}: ${r.stderr}${r.stdout}`).not.toBeNull();
    expect(c.codes, `coach ${c.args.join(' ')} exit ${r.code}: ${r.stderr}`).toContain(r.code);
    expect(r.stderr, `coach ${c.args.join(' ')}`).toContain(file);
    expect(r.stderr, `coach ${c.args.join(' ')}`).toMatch(MESSAGE[v.kind]);
    if (c.args.includes('--json')) expect(r.stdout).toBe('');
  });
  const unchanged = snapshot(file) === original && JSON.stringify(folder()) === JSON.stringify(before);
  if (!unchanged) tally.changed++;
  expect(snapshot(file), 'the damaged file changed').toBe(original);
  expect(folder(), 'files appeared in the state folder').toEqual(before);
  return doctor!;
}

/** 2. `coach doctor` explains, says what can be recovered and how. */
function checkDoctorExplains({ v, file }: Case, doctor: Result): void {
  expect(doctor.code, doctor.stderr).toBe(1);
  expect(doctor.stdout).toContain('✘ Progress file: cannot be used');
  expect(doctor.stdout, 'coach doctor does not name the file').toContain(file);
  expect(doctor.stdout).toContain(`Recoverable: ${v.recovered.length} lessons with progress`);
  expect(doctor.stdout).toContain('coach doctor --fix');
}

/**
 * 3. `coach doctor --fix` keeps the original under a new name and recovers every sound entry.
 * Returns false when the new file cannot be read back (the expectation above it has failed already).
 */
async function checkDoctorFixRecovers({ v, home, file, original, at }: Case): Promise<boolean> {
  const fix = await coachAsync(['doctor', '--fix'], home, at);
  expect(fix.code, fix.stderr).toBe(0);
  const asides = readdirSync(home).filter((f) => /^progress\.damaged-.+\.json$/.test(f));
  expect(asides).toHaveLength(1);
  const aside = path.join(home, asides[0]!);
  expect(fix.stderr).toContain(
    `Kept the old file as ${aside}. New progress file started with ${v.recovered.length} recovered lessons.`,
  );
  expect(snapshot(aside), 'the copy kept aside is not the original').toBe(original);
  tally.copiesIdentical++;
  const fresh = checkStoreText(readFileSync(file, 'utf8'));
  expect(fresh.ok).toBe(true);
  if (!fresh.ok) return false;
  expect(Object.keys(fresh.store.lessons).sort()).toEqual([...v.recovered].sort());
  for (const id of v.recovered) expect(fresh.store.lessons[id]).toEqual(realDoc.lessons[id]);
  expect(fresh.store.settings).toEqual(v.settings ? realDoc.settings : {});
  tally.fixed++;
  tally.recoveredLessons += v.recovered.length;
  return true;
}

/** 4. And the coach works again, with the recovered progress. */
async function checkWorksAgain({ v, home, at }: Case): Promise<void> {
  const status = await coachAsync(['status', '--json'], home, at);
  expect(status.code, status.stderr).toBe(0);
  const lessons = JSON.parse(status.stdout).lessons as { id: string; status: string; stepsDone: number }[];
  for (const id of v.recovered)
    expect(lessons.find((l) => l.id === id)).toMatchObject({
      status: realDoc.lessons[id]!.status,
      stepsDone: realDoc.lessons[id]!.stepsDone,
    });
}

describe('a damaged progress file is never written over', { timeout: 60_000 }, () => {
  it.each(variants().map((v) => ({ ...v, label: v.name })))('$label', async (v) => {
    await check(v);
  });

  it('a FIFO where the file should be: commands stop instead of waiting forever', async () => {
    const { home, cleanup } = tempHome();
    try {
      const file = path.join(home, 'progress.json');
      spawnSync('mkfifo', [file]);
      tally.variants++;
      // Nobody ever writes into the FIFO: a command that opens it to read waits forever.
      const results = await Promise.all(COMMANDS.map((c) => coachAsync(c.args, home, { timeout: 30_000 })));
      const hung = results.filter((r) => r.code === null).length;
      tally.commands += COMMANDS.length;
      tally.letThrough += results.filter(
        (r, i) => r.code === null || !COMMANDS[i]!.codes.includes(r.code) || !r.stderr.includes(file),
      ).length;
      console.log(`FIFO store: ${hung} of ${COMMANDS.length} commands still running after 8 s (killed)`);
      expect(lstatSync(file).isFIFO()).toBe(true);
      for (const [i, r] of results.entries()) {
        expect(r.code, `coach ${COMMANDS[i]!.args.join(' ')}: ${r.stderr}`).not.toBeNull();
        expect(COMMANDS[i]!.codes).toContain(r.code);
        expect(r.stderr).toContain(file);
      }
    } finally {
      cleanup();
    }
  });

  it('a UTF-8 byte order mark (an editor saved the file) is not damage: the progress reads as it is', async () => {
    const { home, cleanup } = tempHome();
    try {
      writeFileSync(path.join(home, 'progress.json'), `\uFEFF${JSON.stringify(realDoc)}`);
      const status = await coachAsync(['status', '--json'], home);
      expect(status.code, status.stderr).toBe(0);
      const started = JSON.parse(status.stdout)
        .lessons.filter((l: { status: string }) => l.status !== 'not-started')
        .map((l: { id: string }) => l.id);
      expect(started).toEqual(ALL);
    } finally {
      cleanup();
    }
  });

  it('counts', () => {
    const line = `corruption variants: ${tally.variants} tried (${tally.commands} commands), ${tally.letThrough} let through, ${tally.changed} changed the damaged file, ${tally.doctorUnclear} where coach doctor did not name the file and what is recoverable, ${tally.fixed} fixed by doctor --fix with ${tally.copiesIdentical} byte-identical copies kept, ${tally.recoveredLessons} lesson entries recovered${canDropPrivileges ? '' : ' (no unprivileged-user variant: not root or no setpriv)'}`;
    console.log(line);
    expect(tally.variants).toBeGreaterThan(30);
  });
});
