/**
 * Verifies one completion record file (untrusted: it was made on someone else's machine) for a
 * programme: format, schema, programme, signature. Never throws on any input. Pure.
 */
import { EXPORT_FORMAT, exportSchema, type CompletionRecord } from './formats.js';
import { learnerKey, verifyRecord } from './sign.js';
import { acceptsExport } from './record-accept.js';
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

/** Derives learner keys once per learner: a report reads many records of the same people. */
export class KeyRing {
  private readonly keys = new Map<string, string>();
  constructor(private readonly masterKey: string) {}
  for(learnerId: string): string {
    let key = this.keys.get(learnerId);
    if (!key) this.keys.set(learnerId, (key = learnerKey(this.masterKey, learnerId)));
    return key;
  }
}

/** `now`: the report's clock, to refuse records dated beyond the clock-skew allowance. */
export function verifyText(text: string, programId: string, keys: KeyRing, now: number): Verdict {
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
  // Most records are well formed: the fast acceptor takes them; the schema judges the rest and says why.
  const parsed = acceptsExport(raw) ? { success: true as const, data: raw } : exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.filter((p) => typeof p !== 'symbol').join('.') || '(record)';
    return { ok: false, code: 'schema', detail: `${field}: ${issue.message}`.slice(0, 200) };
  }
  const { record, signature } = parsed.data;
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
