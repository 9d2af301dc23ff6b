/**
 * Keys and signatures, exactly as product.md fixes them so HR can verify with their own tools:
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
  return createHmac('sha256', Buffer.from(masterKey, 'base64url')).update(`exec-coach/learner/${learnerId}`, 'utf8').digest('base64url');
}

/** RFC 8785 (JSON Canonicalization Scheme) text of a record. */
export function canonical(record: CompletionRecord): string {
  return canonicalJson(record);
}

export function signRecord(record: CompletionRecord, key: string): string {
  return createHmac('sha256', Buffer.from(key, 'base64url')).update(canonical(record), 'utf8').digest('base64url');
}

/** Constant-time comparison of a record's signature with the one its learner key gives. */
export function verifyRecord(record: CompletionRecord, key: string, value: string): boolean {
  const expected = Buffer.from(signRecord(record, key), 'base64url');
  const given = Buffer.from(value, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
