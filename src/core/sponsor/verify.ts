/**
 * Verifies one completion record file (untrusted: it was made on someone else's machine) for a
 * programme: format, schema, programme, signature. Never throws on any input. Pure.
 */
import { EXPORT_FORMAT, type ExportFile, exportSchema, type CompletionRecord } from './formats.js';
import { learnerKeyBytes, verifyRecord } from './sign.js';
import { acceptsExport, acceptsExportText } from './record-accept.js';
import { jsonProblemText } from '../json-problem.js';
import { parseStrictJson } from '../strict-json.js';

export type RejectCode =
  | 'not-json'
  | 'wrong-format'
  | 'schema'
  | 'invalid-signature'
  | 'other-program'
  | 'duplicate'
  | 'too-large'
  | 'unreadable'
  | 'not-a-file'
  | 'in-future';

/**
 * How far ahead of the report's clock a record may be dated: the learner's clock and the
 * sponsor's need not agree to the minute, but a record from next year would win over every newer one.
 */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export type Verdict =
  | { ok: true; record: CompletionRecord; verification: 'valid' | 'unsigned'; signature?: string }
  | { ok: false; code: RejectCode; detail: string; learnerId?: string };
type Refusal = Extract<Verdict, { ok: false }>;

/**
 * Derives learner keys once per learner (a report may read many records of the same people), as
 * bytes: the master key is decoded once, and the HMAC takes the key as it comes out.
 */
export class KeyRing {
  private readonly keys = new Map<string, Buffer>();
  private readonly master: Buffer;
  constructor(masterKey: string) {
    this.master = Buffer.from(masterKey, 'base64url');
  }
  for(learnerId: string): Buffer {
    let key = this.keys.get(learnerId);
    if (!key) this.keys.set(learnerId, (key = learnerKeyBytes(this.master, learnerId)));
    return key;
  }
}

/** `now`: the report's clock, to refuse records dated beyond the clock-skew allowance. */
export function verifyText(text: string, programId: string, keys: KeyRing, now: number): Verdict {
  // Most records are files as the coach writes them: the fast path takes them, the strict one judges the rest.
  const parsed = acceptsExportText(text) ?? judge(text);
  if ('ok' in parsed) return parsed;
  const { record, signature } = parsed;
  const learnerId = record.learner.id;
  if (record.program.id !== programId)
    return { ok: false, code: 'other-program', detail: `programme "${record.program.id}"`, learnerId };
  if (Date.parse(record.generatedAt) > now + CLOCK_SKEW_MS) {
    return {
      ok: false,
      code: 'in-future',
      detail: `generatedAt ${record.generatedAt} is later than the report's time plus the ${CLOCK_SKEW_MS / 60_000} minutes allowed for clock differences`,
      learnerId,
    };
  }
  if (!signature) return { ok: true, record, verification: 'unsigned' };
  if (signature.kid !== learnerId)
    return {
      ok: false,
      code: 'invalid-signature',
      detail: `signed for "${signature.kid}", not "${learnerId}"`,
      learnerId,
    };
  // Whether it came through the schema or the fast acceptor, the record has exactly the format's keys.
  if (!verifyRecord(record, keys.for(learnerId), signature.value, true))
    return {
      ok: false,
      code: 'invalid-signature',
      detail: 'the record was changed after it was signed, or signed with another key',
      learnerId,
    };
  return { ok: true, record, verification: 'valid', signature: signature.value };
}

/** The strict path: the file parsed strictly, then checked against the schema, which says what is wrong. */
function judge(text: string): ExportFile | Refusal {
  // Strict: a name given twice (JSON.parse would keep the last) is refused, with its path.
  const json = parseStrictJson(text);
  if (!json.ok) return { ok: false, code: 'not-json', detail: jsonProblemText(json.problem) };
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, code: 'wrong-format', detail: 'not a JSON object' };
  const format = (raw as { format?: unknown }).format;
  if (format !== EXPORT_FORMAT) {
    return {
      ok: false,
      code: 'wrong-format',
      detail:
        typeof format === 'string'
          ? `format "${format.slice(0, 60)}", expected "${EXPORT_FORMAT}"`
          : `no "format": ${EXPORT_FORMAT} field`,
    };
  }
  // The fast acceptor takes what the text test above did not (a file written otherwise); the schema judges the rest.
  if (acceptsExport(raw)) return raw;
  const parsed = exportSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.filter((p) => typeof p !== 'symbol').join('.') || '(record)';
  return { ok: false, code: 'schema', detail: `${field}: ${issue.message}`.slice(0, 200) };
}
