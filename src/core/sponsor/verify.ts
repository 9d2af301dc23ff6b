/**
 * Verifies one completion record file (untrusted: it was made on someone else's machine) for a
 * programme: format, schema, programme, signature. Never throws on any input. Pure.
 */
import { EXPORT_FORMAT, type ExportFile, exportSchema } from './formats.js';
import { type KeyRing, type Verdict, verifyAccepted, verifyFast } from './verify-fast.js';
import { acceptsExport } from './record-accept.js';
import { jsonProblemText } from '../json-problem.js';
import { parseStrictJson } from '../strict-json.js';

export { CLOCK_SKEW_MS, KeyRing, type RejectCode, type Verdict } from './verify-fast.js';
type Refusal = Extract<Verdict, { ok: false }>;

/** `now`: the report's clock, to refuse records dated beyond the clock-skew allowance. */
export function verifyText(text: string, programId: string, keys: KeyRing, now: number): Verdict {
  // Most records are files as the coach writes them: the fast path takes them, the strict one judges the rest.
  return verifyFast(text, programId, keys, now) ?? verifyStrict(text, programId, keys, now);
}

/** The verdict of the strict path alone (for a file the fast path did not take). */
export function verifyStrict(text: string, programId: string, keys: KeyRing, now: number): Verdict {
  const parsed = judge(text);
  return 'ok' in parsed ? parsed : verifyAccepted(parsed, programId, keys, now);
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
