/**
 * Keys and signatures, exactly as the README fixes them ("The files, and how to verify a record with your own tools") so HR can verify with their own tools:
 * - master key: 32 random bytes, base64url (the `.key` file);
 * - learner key: HMAC-SHA256(master key bytes, UTF-8 "exec-coach/learner/" + learner id), base64url;
 * - signature: HMAC-SHA256(learner key bytes, UTF-8 bytes of the RFC 8785 canonical JSON of `record`), base64url.
 * Deterministic functions of their inputs (no clock, no I/O); randomness only in newMasterKey.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { CompletionRecord } from './formats.js';

export function newMasterKey(): string {
  return randomBytes(32).toString('base64url');
}

export function learnerKey(masterKey: string, learnerId: string): string {
  return createHmac('sha256', Buffer.from(masterKey, 'base64url'))
    .update(`exec-coach/learner/${learnerId}`, 'utf8')
    .digest('base64url');
}

/** RFC 8785 (JSON Canonicalization Scheme) text of a record. */
export function canonical(record: CompletionRecord): string {
  return canonicalJson(record);
}

/**
 * RFC 8785 text of a record known to have exactly the format's keys (the strict schema or the fast
 * acceptor said so): the keys are written in their sorted order directly, which is what the
 * general algorithm gives for such a record (a test checks it), without sorting every object.
 */
export function canonicalExact(r: CompletionRecord): string {
  const j = JSON.stringify;
  let lessons = '';
  for (let i = 0; i < r.lessons.length; i++) {
    const l = r.lessons[i]!;
    lessons += `${i ? ',' : ''}{"completedAt":${j(l.completedAt)},"id":${j(l.id)},"minutesSpent":${j(l.minutesSpent)},"mode":${j(l.mode)},"quiz":{"correct":${j(l.quiz.correct)},"total":${j(l.quiz.total)}},"startedAt":${j(l.startedAt)},"status":${j(l.status)},"stepsDone":${j(l.stepsDone)},"stepsTotal":${j(l.stepsTotal)}}`;
  }
  return `{"generatedAt":${j(r.generatedAt)},"learner":{"id":${j(r.learner.id)}},"lessons":[${lessons}],"program":{"id":${j(r.program.id)}},"tool":{"name":${j(r.tool.name)},"version":${j(r.tool.version)}}}`;
}

export function signRecord(record: CompletionRecord, key: string, exactShape = false): string {
  return createHmac('sha256', Buffer.from(key, 'base64url'))
    .update(exactShape ? canonicalExact(record) : canonical(record), 'utf8')
    .digest('base64url');
}

/**
 * Constant-time comparison of a record's signature with the one its learner key gives.
 * `exactShape`: the record was checked to have exactly the format's keys (faster canonical form).
 */
export function verifyRecord(record: CompletionRecord, key: string, value: string, exactShape = false): boolean {
  const expected = Buffer.from(signRecord(record, key, exactShape), 'base64url');
  const given = Buffer.from(value, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
