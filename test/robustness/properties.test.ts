/**
 * Property-based robustness (fast-check, fixed seeds, bounded run counts):
 * (a) parseLesson never throws, on any text and on mutated well-formed lessons, and every issue
 *     names the file and a line inside it;
 * (b) verifyText never throws, and no mutation of a signed record is accepted as "valid" unless
 *     it means exactly the same record with the same signature;
 * (c) buildReport over schema-valid records, and parseRoster over any text, never throw and
 *     their counts add up.
 */
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/lessons/parse.js';
import { EXPORT_FORMAT, exportSchema, idSchema, type CompletionRecord } from '../../src/core/sponsor/formats.js';
import { exportFile } from '../../src/core/sponsor/record.js';
import { buildReport } from '../../src/core/sponsor/report.js';
import { parseRoster } from '../../src/core/sponsor/roster.js';
import { learnerKey } from '../../src/core/sponsor/sign.js';
import { KeyRing, verifyText, type RejectCode, type Verdict } from '../../src/core/sponsor/verify.js';
import { renderReport } from '../../src/render/report/index.js';
import { issueText } from '../../src/i18n/lesson-issues.js';
import { isDeepStrictEqual } from 'node:util';
import { parseStrictJson } from '../../src/core/strict-json.js';
import { sanitise, sanitiseLine, UNSAFE } from '../../src/render/sanitise.js';
import { checkStatement } from '../../src/core/xapi/signature.js';
import { buildStatement } from '../../src/core/xapi/statements.js';
const en = (i: Parameters<typeof issueText>[1]) => issueText('en', i);

const SEED = 20_261_126;
const FILE = '/lessons/acme/01-prop.en.md';
const MASTER = Buffer.alloc(32, 0x42).toString('base64url');
const PROGRAM = 'comex-2027';
const keys = new KeyRing(MASTER);
/** The report's clock: after every generated date, so no record is refused as coming from the future here. */
const NOW = Date.UTC(2100, 0, 1);

/** Lines as the parser counts them (BOM dropped, CRLF and CR as line breaks). */
const lineCount = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n').length;

function checkParse(source: string): void {
  let result: ReturnType<typeof parseLesson> | undefined;
  expect(() => (result = parseLesson(source, FILE, 'en'))).not.toThrow();
  const r = result!;
  expect(Array.isArray(r.issues)).toBe(true);
  const max = lineCount(source) + 1;
  for (const i of r.issues) {
    expect(i.file).toBe(FILE);
    expect(Number.isInteger(i.line) && i.line >= 0 && i.line <= max, `line ${i.line} of ${max}: ${en(i)}`).toBe(true);
    expect(typeof en(i) === 'string' && en(i).length > 0).toBe(true);
  }
  if (r.doc) {
    expect(r.issues.some((i) => i.severity === 'error')).toBe(false);
    expect(r.doc.steps.length).toBeGreaterThan(0);
    for (const s of r.doc.steps) expect(s.line >= 1 && s.line <= max).toBe(true);
  } else {
    expect(
      r.issues.some((i) => i.severity === 'error'),
      'no lesson and no error',
    ).toBe(true);
  }
}

// ---------- (a) lesson text ----------

const safeChar = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789éèàçÉ.,;:!?()\'"«»-–—/&%@+*_'.split(''),
);
const safeText = (min: number, max: number) =>
  fc.string({ unit: safeChar, minLength: min, maxLength: max }).filter((s) => s.trim().length > 0);
const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const q = (s: string) => JSON.stringify(s.trim());

const blockArb = fc.oneof(
  fc
    .record({
      question: safeText(1, 60),
      choices: fc.array(safeText(1, 30), { minLength: 2, maxLength: 4 }),
      answer: fc.nat(),
      explain: safeText(1, 60),
    })
    .map(({ question, choices, answer, explain }) => {
      const letters = choices.map((_, i) => String.fromCharCode(97 + i));
      return [
        '```quiz',
        `question: ${q(question)}`,
        'choices:',
        ...choices.map((c, i) => `  ${letters[i]}: ${q(c)}`),
        `answer: ${letters[answer % letters.length]}`,
        `explain: ${q(explain)}`,
        '```',
      ];
    }),
  fc
    .record({ prompt: safeText(1, 60), optional: fc.boolean() })
    .map(({ prompt, optional }) => ['```reflect', `prompt: ${q(prompt)}`, `optional: ${optional}`, '```']),
  fc
    .array(safeText(1, 40), { minLength: 1, maxLength: 5 })
    .map((items) => ['```checklist', 'items:', ...items.map((i) => `  - ${q(i)}`), '```']),
  fc
    .record({ min: fc.integer({ min: 0, max: 50 }), extra: fc.integer({ min: 0, max: 200 }), draft: fc.boolean() })
    .map(({ min, extra, draft }) => [
      '```task',
      'evidence: text',
      `min: ${min}`,
      `max: ${min + extra + 1}`,
      `draft_ok: ${draft}`,
      '```',
    ]),
  fc.constantFrom(
    ['```task', 'evidence: attest', '```'],
    ['```task', 'evidence: linkedin-post', 'draft_ok: true', '```'],
    ['```js', 'console.log(1)', '```'],
  ),
);
const stepArb = fc.record({
  title: safeText(1, 50)
    .map((s) => s.replace(/#/g, ''))
    .filter((s) => s.trim().length > 0),
  body: fc.array(
    safeText(0, 70).map((s) => s.replace(/^[#`~>\s-]+/, '')),
    { maxLength: 4 },
  ),
  block: fc.option(blockArb, { nil: undefined }),
});
/** A well-formed lesson, as lines. */
const lessonArb = fc
  .record({
    id: kebab,
    title: safeText(1, 80),
    minutes: fc.integer({ min: 3, max: 20 }),
    version: fc.integer({ min: 1, max: 9 }),
    objective: safeText(1, 120),
    network: fc.option(fc.boolean(), { nil: undefined }),
    steps: fc.array(stepArb, { minLength: 1, maxLength: 6 }),
  })
  .map((l) => [
    '---',
    `id: ${q(l.id)}`,
    `title: ${q(l.title)}`,
    `minutes: ${l.minutes}`,
    `version: ${l.version}`,
    `objective: ${q(l.objective)}`,
    ...(l.network === undefined ? [] : [`network: ${l.network}`]),
    '---',
    '',
    ...l.steps.flatMap((s) => [`## ${s.title.trim()}`, '', ...s.body, '', ...(s.block ? [...s.block, ''] : [])]),
  ]);

/** Nasty things to put in a lesson: structure markers, YAML specials, controls, odd Unicode. */
const nasty = fc.oneof(
  fc.constantFrom(
    '---',
    '## ',
    '```',
    '~~~',
    '```quiz',
    '```task',
    ':::',
    '::: slack',
    '*a',
    '&a x',
    '<<: *a',
    '!!binary',
    '? ',
    '- ',
    '{',
    '[',
    '"',
    "'",
    '|',
    '>',
    '%YAML 1.1',
    '\t',
    '\r',
    '\u0000',
    '\u001b[2J',
    '\u009b',
    '\u2028',
    '\uFEFF',
    '\uD800',
    'id: x',
    'answer: z',
    'minutes: 999',
    '\\e[2J',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
type Mutation = {
  op: 'delete' | 'duplicate' | 'swap' | 'insert' | 'replace-char' | 'truncate' | 'crlf' | 'bom';
  at: number;
  at2: number;
  text: string;
};
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'insert', 'replace-char', 'truncate', 'crlf', 'bom'),
  at: fc.nat(),
  at2: fc.nat(),
  text: nasty,
});
function mutate(lines: string[], ms: Mutation[]): string {
  let ls = [...lines];
  let tail = '';
  for (const m of ms) {
    const i = ls.length === 0 ? 0 : m.at % ls.length;
    switch (m.op) {
      case 'delete':
        ls.splice(i, 1);
        break;
      case 'duplicate':
        ls.splice(i, 0, ls[i] ?? '');
        break;
      case 'swap': {
        const j = ls.length === 0 ? 0 : m.at2 % ls.length;
        [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
        break;
      }
      case 'insert':
        ls.splice(i, 0, m.text);
        break;
      case 'replace-char': {
        const l = ls[i] ?? '';
        const k = l.length === 0 ? 0 : m.at2 % l.length;
        ls[i] = l.slice(0, k) + m.text + l.slice(k + 1);
        break;
      }
      case 'truncate': {
        const all = ls.join('\n');
        ls = all.slice(0, m.at2 % (all.length + 1)).split('\n');
        break;
      }
      case 'crlf':
        tail = '\r\n';
        break;
      case 'bom':
        ls[0] = `\uFEFF${ls[0] ?? ''}`;
        break;
    }
  }
  const text = ls.join('\n');
  return tail ? text.replace(/\n/g, tail) : text;
}

describe('(a) parseLesson', () => {
  it('never throws on arbitrary text, and names file and line for every issue', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 600 }),
          fc.string({ maxLength: 600 }),
          fc.array(nasty, { maxLength: 40 }).map((xs) => xs.join('\n')),
        ),
        (s) => checkParse(s),
      ),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('accepts the well-formed lessons it is fed (the generator is sound)', () => {
    fc.assert(
      fc.property(lessonArb, (lines) => {
        const r = parseLesson(lines.join('\n'), FILE, 'en');
        expect(
          r.issues.filter((i) => i.severity === 'error'),
          lines.join('\n'),
        ).toEqual([]);
        expect(r.doc).toBeDefined();
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('never throws on mutated well-formed lessons: a doc without errors, or errors with file and line', () => {
    fc.assert(
      fc.property(lessonArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (lines, ms) =>
        checkParse(mutate(lines, ms)),
      ),
      { numRuns: 2000, seed: SEED },
    );
  });
});

// ---------- records (shared by (b) and (c)) ----------

const MIN_T = Date.UTC(2020, 0, 1);
const MAX_T = Date.UTC(2099, 11, 31);
const time = fc.integer({ min: MIN_T, max: MAX_T }).map((t) => new Date(t).toISOString());
const LESSON_POOL = [
  'security-lock-down',
  'linkedin-first-post',
  'x-first-post',
  'a',
  'b',
  'constructor',
  'to-string',
  'lesson-9',
];
const LEARNER_POOL = ['ceo-001', 'cfo-002', 'coo-003', 'constructor', '__x', 'A', 'z.z', 'hasOwnProperty'].filter(
  (id) => idSchema.safeParse(id).success,
);
const learnerArb = fc.oneof(fc.constantFrom(...LEARNER_POOL), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/));

const lessonRecordArb = (id: string) =>
  fc
    .record({
      status: fc.constantFrom('in-progress', 'completed') as fc.Arbitrary<'in-progress' | 'completed'>,
      start: fc.integer({ min: MIN_T, max: MAX_T - 86_400_000 }),
      took: fc.integer({ min: 0, max: 86_400_000 }),
      mode: fc.constantFrom('live', 'draft') as fc.Arbitrary<'live' | 'draft'>,
      total: fc.integer({ min: 0, max: 50 }),
      done: fc.nat(),
      qt: fc.integer({ min: 0, max: 50 }),
      qc: fc.nat(),
      minutes: fc.integer({ min: 0, max: 100_000 }),
    })
    .map((l): CompletionRecord['lessons'][number] => ({
      id,
      status: l.status,
      startedAt: new Date(l.start).toISOString(),
      completedAt: l.status === 'completed' ? new Date(l.start + l.took).toISOString() : null,
      mode: l.mode,
      stepsDone: l.done % (l.total + 1),
      stepsTotal: l.total,
      quiz: { correct: l.qc % (l.qt + 1), total: l.qt },
      minutesSpent: l.minutes,
    }));
const recordArb: fc.Arbitrary<CompletionRecord> = fc
  .record({
    learner: learnerArb,
    program: fc.constantFrom(PROGRAM, PROGRAM, PROGRAM, 'board-2027'),
    generatedAt: time,
    ids: fc.subarray(LESSON_POOL),
    version: fc.constantFrom('0.1.0', '1.2.3-beta.1'),
  })
  .chain((r) =>
    fc.tuple(...r.ids.map((id) => lessonRecordArb(id))).map((lessons) => ({
      learner: { id: r.learner },
      program: { id: r.program },
      generatedAt: r.generatedAt,
      tool: { name: 'exec-coach' as const, version: r.version },
      lessons,
    })),
  );

/** The record file, and its meaning: the canonical document with the signature as bytes (4 base64url spellings decode alike). */
function meaning(doc: unknown): string | undefined {
  const copy = JSON.parse(JSON.stringify(doc)) as { signature?: { value?: unknown } };
  if (
    copy &&
    typeof copy === 'object' &&
    copy.signature &&
    typeof copy.signature === 'object' &&
    typeof copy.signature.value === 'string' &&
    /^[A-Za-z0-9_-]{43}$/.test(copy.signature.value)
  ) {
    copy.signature.value = `bytes:${Buffer.from(copy.signature.value, 'base64url').toString('hex')}`;
  }
  return canonicalize(copy);
}

/** Every path to a value inside a JSON document. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [prefix];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return [prefix, ...entries.flatMap(([k, x]) => paths(x, [...prefix, k]))];
}
function setPath(doc: unknown, p: (string | number)[], f: (old: unknown) => unknown | typeof DELETE): unknown {
  if (p.length === 0) return f(doc);
  const parent = p.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) as
    | Record<string | number, unknown>
    | unknown[];
  const k = p.at(-1)!;
  const next = f((parent as Record<string | number, unknown>)[k]);
  if (next === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(k), 1);
    else delete (parent as Record<string | number, unknown>)[k];
  } else (parent as Record<string | number, unknown>)[k] = next;
  return doc;
}
const DELETE = Symbol('delete');
function otherType(old: unknown, pick: number): unknown {
  const options: unknown[] = [null, true, 0, -1, 1.5, '', 'x', [], {}, [old], { v: old }, String(old), Number(old)];
  const differing = options.filter(
    (o) => typeof o !== typeof old || Array.isArray(o) !== Array.isArray(old) || (o === null) !== (old === null),
  );
  return differing[pick % differing.length];
}

type RecordMutation =
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'delete-key'; at: number }
  | { kind: 'retype'; at: number; pick: number }
  | { kind: 'change'; at: number; pick: number }
  | { kind: 'sig-char'; at: number; pick: number };
const recordMutationArb: fc.Arbitrary<RecordMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.oneof(
      fc.constantFrom(
        ' ',
        '"',
        '0',
        '1',
        '9',
        'a',
        'A',
        '-',
        '_',
        '.',
        ',',
        ':',
        '{',
        '}',
        '[',
        ']',
        '\\',
        'Z',
        'e',
        'E',
        '+',
        '\n',
      ),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
  }),
  fc.record({ kind: fc.constant('delete-key' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('change' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('sig-char' as const), at: fc.nat(), pick: fc.nat() }),
);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function applyRecordMutation(text: string, doc: unknown, m: RecordMutation): string {
  const d = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  const all = paths(d);
  const leaves = all.filter((p) => p.length > 0);
  switch (m.kind) {
    case 'flip': {
      const i = m.at % text.length;
      return text.slice(0, i) + m.char + text.slice(i + 1);
    }
    case 'delete-key':
      return JSON.stringify(setPath(d, leaves[m.at % leaves.length]!, () => DELETE));
    case 'retype':
      return JSON.stringify(setPath(d, leaves[m.at % leaves.length]!, (old) => otherType(old, m.pick)));
    case 'change':
      return JSON.stringify(
        setPath(d, leaves[m.at % leaves.length]!, (old) => {
          if (typeof old === 'number') return [old + 1, old - 1, old * 2, -old, old + 0.5][m.pick % 5];
          if (typeof old === 'string')
            return [`${old}x`, old.slice(1), old.toUpperCase(), old.replace(/\d/, '9'), `${old.slice(0, -1)}A`][
              m.pick % 5
            ];
          if (typeof old === 'boolean') return !old;
          if (old === null) return [0, '2027-01-01T00:00:00.000Z', ''][m.pick % 3];
          return Array.isArray(old)
            ? [...old].reverse().concat(m.pick % 2 ? [old[0]] : [])
            : { ...(old as object), extra: m.pick };
        }),
      );
    case 'sig-char': {
      const sig = (d.signature as { value?: unknown } | null | undefined)?.value;
      if (typeof sig !== 'string' || sig.length === 0) return text;
      const i = m.at % sig.length;
      (d.signature as { value: string }).value = sig.slice(0, i) + B64[m.pick % 64] + sig.slice(i + 1);
      return JSON.stringify(d, null, m.pick % 3);
    }
  }
}

// ---------- (b) verifyText ----------

function checkVerdict(v: Verdict): void {
  if (v.ok) expect(['valid', 'unsigned']).toContain(v.verification);
  else {
    expect(['not-json', 'wrong-format', 'schema', 'invalid-signature', 'other-program']).toContain(v.code);
    expect(typeof v.detail).toBe('string');
    expect(v.detail.length).toBeLessThanOrEqual(400);
  }
}

describe('(b) verifyText', () => {
  it('never throws on arbitrary JSON values, record-shaped or not', () => {
    const shaped = fc.record({
      format: fc.constantFrom(EXPORT_FORMAT, 'x'),
      record: fc.jsonValue({ maxDepth: 4 }),
      signature: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), shaped), (value) =>
        checkVerdict(verifyText(JSON.stringify(value) ?? 'null', PROGRAM, keys, NOW)),
      ),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 })), (s) =>
        checkVerdict(verifyText(s, PROGRAM, keys, NOW)),
      ),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('accepts as "valid" a mutated signed record only when it means the same record with the same signature', () => {
    let changed = 0;
    fc.assert(
      fc.property(
        recordArb,
        fc.array(recordMutationArb, { minLength: 1, maxLength: 3 }),
        fc.nat(2),
        (record, ms, indent) => {
          const file = exportFile(record, learnerKey(MASTER, record.learner.id));
          const original = JSON.stringify(file, null, indent);
          expect(exportSchema.safeParse(file).success).toBe(true);
          const before = verifyText(original, PROGRAM, keys, NOW);
          expect(before.ok && before.verification).toBe(record.program.id === PROGRAM ? 'valid' : false);
          let text = original;
          for (const m of ms) {
            let doc: unknown;
            try {
              doc = JSON.parse(text);
            } catch {
              doc = JSON.parse(original);
            }
            text = applyRecordMutation(text, doc, m);
          }
          let v: Verdict | undefined;
          expect(() => (v = verifyText(text, PROGRAM, keys, NOW))).not.toThrow();
          checkVerdict(v!);
          let same = false;
          try {
            same = meaning(JSON.parse(text)) === meaning(file);
          } catch {
            same = false;
          }
          if (!same) changed++;
          if (v!.ok && v!.verification === 'valid')
            expect(same, `accepted as valid although changed:\n${text}`).toBe(true);
          if (same && record.program.id === PROGRAM)
            expect(v!.ok && v!.verification, `refused although unchanged:\n${text}`).toBe('valid');
        },
      ),
      { numRuns: 3000, seed: SEED },
    );
    expect(changed).toBeGreaterThan(2000);
  });
});

// ---------- (c) buildReport and parseRoster ----------

const CODES: RejectCode[] = [
  'not-json',
  'wrong-format',
  'schema',
  'invalid-signature',
  'other-program',
  'duplicate',
  'too-large',
  'unreadable',
  'not-a-file',
];
const verdictArb: fc.Arbitrary<Verdict> = fc.oneof(
  fc.record({ record: recordArb, sig: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), { nil: undefined }) }).map(
    ({ record, sig }): Verdict => ({
      ok: true,
      record,
      verification: 'valid',
      ...(sig !== undefined && { signature: sig }),
    }),
  ),
  recordArb.map((record): Verdict => ({ ok: true, record, verification: 'unsigned' })),
  fc
    .record({
      code: fc.constantFrom(...CODES),
      detail: fc.string({ maxLength: 40 }),
      learnerId: fc.option(learnerArb, { nil: undefined }),
    })
    .map(
      ({ code, detail, learnerId }): Verdict => ({
        ok: false,
        code,
        detail,
        ...(learnerId !== undefined && { learnerId }),
      }),
    ),
);
/** CSV-ish text: headers, delimiters, quotes, line breaks and junk in any mix. */
const csvArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'id',
          'name',
          'email',
          'department',
          'ID',
          ',',
          ';',
          '"',
          '""',
          '\n',
          '\r\n',
          '\r',
          '\uFEFF',
          ' ',
          'ceo-001',
          'cfo-002',
          'constructor',
          '=1+1',
          'a@b.co',
          '<script>',
          '\u001b[2J',
          'x'.repeat(250),
        ),
        learnerArb,
      ),
      { maxLength: 60 },
    )
    .map((xs) => xs.join('')),
  fc
    .array(
      fc.tuple(
        learnerArb,
        fc.string({ maxLength: 12 }),
        fc.constantFrom('', 'a@b.co', 'bad'),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 12 },
    )
    .map((rows) =>
      [
        'id;name;email;department',
        ...rows.map((r) => r.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')),
      ].join('\r\n'),
    ),
);
const csvLines = (s: string) => s.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;

describe('(c) the report reader', () => {
  it('generated records pass the strict schema (the arbitraries are sound)', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(exportSchema.safeParse({ format: EXPORT_FORMAT, record: r }).success).toBe(true);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('parseRoster never throws on any text, and every row it names is a line of the file', () => {
    fc.assert(
      fc.property(csvArb, (text) => {
        let roster: ReturnType<typeof parseRoster> | undefined;
        expect(() => (roster = parseRoster(text))).not.toThrow();
        const lines = csvLines(text);
        const seen = new Set<string>();
        for (const e of roster!.entries) {
          expect(e.line >= 1 && e.line <= lines, `entry line ${e.line} of ${lines}`).toBe(true);
          expect(idSchema.safeParse(e.id).success).toBe(true);
          expect(seen.has(e.id)).toBe(false);
          seen.add(e.id);
        }
        for (const p of roster!.problems)
          expect(p.line >= 1 && p.line <= lines, `problem line ${p.line} of ${lines}: ${p.code}`).toBe(true);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});

describe('(c) the report reader: buildReport', () => {
  it('buildReport never throws over arbitrary verdicts and rosters, and its summary adds up', () => {
    fc.assert(
      fc.property(
        fc.array(verdictArb, { maxLength: 25 }),
        csvArb,
        fc.subarray(LESSON_POOL),
        fc.integer({ min: MIN_T, max: MAX_T }),
        fc.constantFrom('2027-03-31', '2020-01-01', '2099-12-31'),
        (verdicts, csv, required, now, due) => {
          const roster = parseRoster(csv).entries;
          const input = verdicts.map((verdict, i) => ({ path: `records/${i}.json`, verdict }));
          const trackOf = new Map(LESSON_POOL.slice(0, 5).map((id, i) => [id, `track-${i % 2}`]));
          let data: ReturnType<typeof buildReport> | undefined;
          expect(
            () =>
              (data = buildReport({
                program: { id: PROGRAM, title: 'Comex', due, required },
                trackOf,
                roster,
                verdicts: input,
                now,
              })),
          ).not.toThrow();
          const d = data!;
          const s = d.summary;
          expect(s.completed + s.inProgress + s.notStarted + s.noRecord).toBe(s.learners);
          // Every row is shown; the summary counts the roster (or, without one, the valid rows) only.
          expect(s.learners + s.notCounted).toBe(d.learners.length);
          expect(s.learners).toBe(
            roster.length > 0 ? roster.length : d.learners.filter((l) => l.verification === 'valid').length,
          );
          expect(new Set(d.learners.map((l) => l.id)).size).toBe(d.learners.length);
          for (const e of roster) expect(d.learners.some((l) => l.id === e.id)).toBe(true);
          expect(s.completionRate >= 0 && s.completionRate <= 1).toBe(true);
          expect(s.overdue).toBeLessThanOrEqual(s.learners);
          for (const l of d.lessons)
            expect(
              l.notStarted >= 0 && l.completed + l.inProgress + l.notStarted === s.learners,
              JSON.stringify(l),
            ).toBe(true);
          for (const l of d.learners)
            expect(l.progressPct >= 0 && l.progressPct <= 100 && l.requiredDone <= l.requiredTotal).toBe(true);
          // Every refused verdict is listed; every listed file was given.
          expect(d.rejected.length).toBeGreaterThanOrEqual(verdicts.filter((v) => !v.ok).length);
          expect(d.rejected.length + new Set(d.learners.map((l) => l.source).filter(Boolean)).size).toBeLessThanOrEqual(
            verdicts.length,
          );
          for (const format of ['json', 'csv', 'md', 'html', 'table'] as const) {
            expect(() => renderReport(d, { format, by: 'learner', lang: 'en', width: 80 })).not.toThrow();
          }
        },
      ),
      { numRuns: 400, seed: SEED },
    );
  });
});

describe('(d) issue 12: the strict JSON parser', () => {
  it('parseStrictJson gives what JSON.parse gives on any JSON text without a repeated name, and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
        const r = parseStrictJson(text);
        expect(r.ok).toBe(true);
        expect(r.ok && r.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 1000, seed: SEED },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        (s) => void expect(() => parseStrictJson(s)).not.toThrow(),
      ),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('parseStrictJson refuses any object with a name given twice, and names it', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 5 }),
        fc.jsonValue({ maxDepth: 2 }),
        (obj, extra) => {
          const key = Object.keys(obj)[0]!;
          const text = `{${JSON.stringify(key)}:${JSON.stringify(extra) ?? 'null'},${JSON.stringify(obj).slice(1)}`;
          const r = parseStrictJson(`{"outer":${text}}`);
          expect(r).toMatchObject({ ok: false, problem: { kind: 'duplicate', path: `outer.${key}`.slice(0, 200) } });
        },
      ),
      { numRuns: 500, seed: SEED },
    );
  });
});

describe('(d) issue 12: the sanitiser', () => {
  it('sanitise leaves no control, bidi or zero-width character in any text, and changes clean text not at all', () => {
    const hostile = fc.constantFrom(
      '\u001b[31m',
      '\u001b]0;x\u0007',
      '\u202e',
      '\u2066',
      '\u2069',
      '\u200b',
      '\u200d',
      '\ufeff',
      '\u061c',
      '\u200e',
      '\u0085',
      '\u0007',
      '\t',
      '\n',
    );
    const text = fc
      .array(fc.oneof(hostile, fc.string({ maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 5 })), {
        maxLength: 12,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const out = sanitiseLine(s);
        expect(UNSAFE.test(out)).toBe(false);
        expect(/[\t\n\r]/.test(out)).toBe(false);
        expect(sanitiseLine(out)).toBe(out);
      }),
      { numRuns: 2000, seed: SEED },
    );
    fc.assert(
      fc.property(safeText(0, 40), (s) => void expect(sanitise(s)).toBe(s)),
      { numRuns: 500, seed: SEED },
    );
  });
});

describe('(d) issue 12: statement signatures', () => {
  it('checkStatement never throws, and a signed statement stays valid only while unchanged', () => {
    const enrollment = {
      format: 'exec-coach.enrollment/1' as const,
      id: '0b6f3c1e-7c7a-4d2f-9d7e-3b8f1f5a2c11',
      program: {
        id: PROGRAM,
        title: 'C',
        sponsor: {},
        required: ['a'],
        due: '2027-03-31',
        lrs: { endpoint: 'https://lrs.example.com/xapi', passwordEnv: 'EXEC_COACH_LRS_PASSWORD' },
      },
      learner: { id: 'ceo-001' },
      key: learnerKey(MASTER, 'ceo-001'),
      issuedAt: '2026-11-20T09:00:00.000Z',
    };
    const s = buildStatement({ type: 'completed', lessonId: 'a', durationMs: 1000, mode: 'live' }, enrollment, {
      id: '7d1e2b1e-8d3a-4c55-9f0e-2a7b4c1d9e11',
      at: MIN_T,
      lang: 'en',
    });
    expect(checkStatement(s, MASTER)).toBe('valid');
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        (v) => void expect(() => checkStatement(v as never, MASTER)).not.toThrow(),
      ),
      { numRuns: 1000, seed: SEED },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('timestamp', 'id', 'verb', 'object', 'result', 'actor'),
        fc.jsonValue({ maxDepth: 2 }),
        (field, value) => {
          fc.pre(!isDeepStrictEqual((s as unknown as Record<string, unknown>)[field], value));
          expect(checkStatement({ ...s, [field]: value } as never, MASTER)).not.toBe('valid');
        },
      ),
      { numRuns: 500, seed: SEED },
    );
  });
});
