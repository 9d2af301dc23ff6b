/**
 * The checks of a completion record that need no schema library: the fast path of a file as the
 * coach writes it (record-accept.ts), then programme, date and signature. verify.ts adds the
 * strict path (the strict parser and the schema, which say what is wrong) for every other file;
 * the report's second thread runs only this and hands the rest back. Pure; never throws.
 */
import type { CompletionRecord, ExportFile } from './formats.js';
import { timeBefore } from './format-rules.js';
import { acceptsExportText } from './record-accept.js';
import { type KeyText, learnerKeyText, verifyAcceptedRecord } from './sign.js';

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

/**
 * Derives learner keys as KeyText (sign.ts: their bytes as text, no buffer made): the master key is
 * decoded once, and the HMAC takes the key as it comes out. The keys of the last few thousand
 * learners are kept (a folder often holds a learner's records side by side), not every learner's:
 * at 100,000 learners that was 20 MB per thread.
 */
export class KeyRing {
  private keys = new Map<string, KeyText>();
  private readonly master: Buffer;
  constructor(masterKey: string) {
    this.master = Buffer.from(masterKey, 'base64url');
  }
  for(learnerId: string): KeyText {
    let key = this.keys.get(learnerId);
    if (!key) {
      if (this.keys.size >= KEPT_KEYS) this.keys = new Map();
      this.keys.set(learnerId, (key = learnerKeyText(this.master, learnerId)));
    }
    return key;
  }
}
const KEPT_KEYS = 4096;

/** The verdict on a file the fast path takes; undefined for any other (the strict path's). */
export function verifyFast(text: string, programId: string, keys: KeyRing, now: number): Verdict | undefined {
  const parsed = acceptsExportText(text);
  return parsed && verifyAccepted(parsed, programId, keys, now);
}

/** The verdict on a file whose shape was accepted (by the fast path or the schema). `now`: the report's clock. */
export function verifyAccepted(parsed: ExportFile, programId: string, keys: KeyRing, now: number): Verdict {
  const { record, signature } = parsed;
  const learnerId = record.learner.id;
  if (record.program.id !== programId)
    return { ok: false, code: 'other-program', detail: `programme "${record.program.id}"`, learnerId };
  if (timeBefore(latestAccepted(now), record.generatedAt)) {
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
  if (!verifyAcceptedRecord(record, keys.for(learnerId), signature.value))
    return {
      ok: false,
      code: 'invalid-signature',
      detail: 'the record was changed after it was signed, or signed with another key',
      learnerId,
    };
  return { ok: true, record, verification: 'valid', signature: signature.value };
}

/**
 * The latest generatedAt accepted at the report's clock `now` (the allowance for clock differences
 * added), as an ISO time: compared as text with the record's (timeBefore), no time is parsed. A
 * report asks with one clock, so the text is made once.
 */
function latestAccepted(now: number): string {
  if (now !== latestFor) {
    latestFor = now;
    latest = new Date(now + CLOCK_SKEW_MS).toISOString();
  }
  return latest;
}
let latestFor = Number.NaN;
let latest = '';
