/**
 * The signature of an xAPI statement (README, "Reporting to a learning record store"): every
 * learner shares the programme's LRS credential, so the LRS cannot tell who wrote a statement; the
 * learner key can. `value` = base64url(HMAC-SHA256(learner key bytes, UTF-8 of the RFC 8785
 * canonical JSON of the statement as the coach wrote it)), leaving out this extension itself and
 * what an LRS adds or may rewrite: `stored`, `authority`, `version` (the test LRS adds exactly
 * these three and keeps the rest, millisecond timestamps included: checked by test/e2e/xapi.test.ts).
 * Pure.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../sponsor/canonical-json.js';
import { learnerKey } from '../sponsor/sign.js';
import type { Statement } from './statements.js';

/** Versioned: a change to what is signed gets a new IRI, and the old one keeps being read. */
export const SIGNATURE_EXTENSION = 'urn:exec-coach:xapi:extension:signature/1';
/** Fields an LRS sets on a statement it stores; never signed. */
const SET_BY_LRS = ['stored', 'authority', 'version'];

export type StatementCheck = 'valid' | 'unsigned' | 'invalid';

/** The text that is signed: the statement without the signature and without what the LRS sets. */
export function signedText(statement: object): string {
  const copy: Record<string, unknown> = { ...(statement as Record<string, unknown>) };
  for (const field of SET_BY_LRS) delete copy[field];
  const context = copy.context as Record<string, unknown> | undefined;
  const extensions = context?.extensions as Record<string, unknown> | undefined;
  if (context && extensions && SIGNATURE_EXTENSION in extensions) {
    const { [SIGNATURE_EXTENSION]: _signature, ...rest } = extensions;
    const { extensions: _all, ...others } = context;
    // A statement whose only extension was the signature was written without `extensions`.
    copy.context = Object.keys(rest).length > 0 ? { ...others, extensions: rest } : others;
  }
  return canonicalJson(copy);
}

function hmac(text: string, key: string): Buffer {
  return createHmac('sha256', Buffer.from(key, 'base64url')).update(text, 'utf8').digest();
}

/** The statement with its signature extension, under the learner key of the enrolment. */
export function signStatement<S extends Statement>(statement: S, key: string): S {
  const value = hmac(signedText(statement), key).toString('base64url');
  return {
    ...statement,
    context: { ...statement.context, extensions: { ...statement.context.extensions, [SIGNATURE_EXTENSION]: value } },
  };
}

/**
 * Checks a statement read back from the LRS against the key of the learner it names (derived
 * from the programme's master key). Never throws: a value that cannot even be canonicalised is invalid.
 */
export function checkStatement(
  statement: Statement,
  masterKey: string | ((learnerId: string) => string),
): StatementCheck {
  // What an LRS returns is untrusted: a page may hold anything, not only statements.
  if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) return 'invalid';
  const value = (statement.context?.extensions as Record<string, unknown> | undefined)?.[SIGNATURE_EXTENSION];
  if (value === undefined) return 'unsigned';
  const learner = statement.actor?.account?.name;
  if (typeof value !== 'string' || typeof learner !== 'string') return 'invalid';
  try {
    const key = typeof masterKey === 'string' ? learnerKey(masterKey, learner) : masterKey(learner);
    const given = Buffer.from(value, 'base64url');
    const expected = hmac(signedText(statement), key);
    return given.length === expected.length && given.toString('base64url') === value && timingSafeEqual(given, expected)
      ? 'valid'
      : 'invalid';
  } catch {
    return 'invalid';
  }
}
