/**
 * The rules of the exchanged files that need no schema library: format names, patterns, limits,
 * real dates and canonical base64url. The schemas (formats.ts) build on them, and so does the
 * report's fast path (record-accept.ts), which runs on a thread that never loads zod.
 */
/** Version 2 adds `keyFingerprint`; the coach still reads version 1 (no fingerprint, so no key check). */
export const PROGRAM_FORMAT = 'exec-coach.program/2';
export const PROGRAM_FORMAT_V1 = 'exec-coach.program/1';
export const ENROLLMENT_FORMAT = 'exec-coach.enrollment/1';
export const EXPORT_FORMAT = 'exec-coach.export/1';

/** The patterns of the formats, shared with the fast acceptor (record-accept.ts) so both apply the same rules. */
export const PATTERNS = {
  id: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
  lessonId: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  isoTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/,
  version: /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]{1,40})?$/,
  key32: /^[A-Za-z0-9_-]{43}$/,
  fingerprint: /^sha256:[0-9a-f]{32}$/,
  /**
   * Where the LRS password may be read from: the coach's own variables only. An enrolment arrives
   * by e-mail, unsigned, and must never make the coach send another variable (a token, a key).
   */
  passwordEnv: /^EXEC_COACH_LRS_[A-Z0-9_]{1,48}$/,
};
export const LIMITS = {
  lessonIdLength: 80,
  lessons: 500,
  steps: 50,
  quiz: 50,
  minutes: 100_000,
  firstYear: 2020,
  lastYear: 2099,
};

/**
 * True for a real calendar date and time of day. Date.parse alone is too lenient: it turns
 * 2027-02-30 into March 2 and accepts 24:00, so the parts are checked against what they give back.
 */
export function realDateTime(y: number, mo: number, d: number, h = 0, mi = 0, sec = 0): boolean {
  if (h > 23 || mi > 59 || sec > 59) return false;
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
/** What is wrong with a time that has the ISO shape: not a real moment, or outside 2020–2099; undefined when fine. */
export function isoTimeProblem(s: string): string | undefined {
  const year = +s.slice(0, 4);
  if (!realDateTime(year, +s.slice(5, 7), +s.slice(8, 10), +s.slice(11, 13), +s.slice(14, 16), +s.slice(17, 19)))
    return 'is not a real date and time';
  if (year < LIMITS.firstYear || year > LIMITS.lastYear) return 'is out of range';
  return undefined;
}

/**
 * The instant (ms) of a time the formats accept (PATTERNS.isoTime and a real date, isoTimeProblem),
 * as Date.parse gives it, read from its digits: a report reads several per record, and Date.parse's
 * general parser costs twice as much. The shape is checked by the pattern (native code) and the
 * digits read without loops: the first few thousand records of a report run before the JIT has
 * compiled this, and a loop over each character costs many times more there. Text of another
 * shape goes to Date.parse; a date of the shape that is not real (30 February) is the caller's to
 * have refused.
 */
export function isoTimeMs(s: string): number {
  if (!PATTERNS.isoTime.test(s)) return Date.parse(s);
  // 0 to 3 digits of fraction: one digit is tenths, two are hundredths ("…00.5Z" is 500 ms).
  const n = s.length;
  const ms = n === 20 ? 0 : n === 22 ? digit(s, 20) * 100 : n === 23 ? twoDigits(s, 20) * 10 : threeDigits(s, 20);
  return Date.UTC(
    fourDigits(s, 0),
    twoDigits(s, 5) - 1,
    twoDigits(s, 8),
    twoDigits(s, 11),
    twoDigits(s, 14),
    twoDigits(s, 17),
    ms,
  );
}
/**
 * Whether time a is before time b, both times the formats accept (PATTERNS.isoTime). Two of the
 * same length have as many digits of fraction, and their text then sorts as their instants: no
 * parsing, which is the common case (the coach writes every time with three). "…00Z" and
 * "…00.500Z" are compared as instants: as text, the first sorts after the second.
 */
export function timeBefore(a: string, b: string): boolean {
  return a.length === b.length ? a < b : isoTimeMs(a) < isoTimeMs(b);
}
/** The number written by the ASCII digits at `at` (the caller checked they are digits). */
const digit = (s: string, at: number) => s.charCodeAt(at) - 48;
export const twoDigits = (s: string, at: number) => digit(s, at) * 10 + digit(s, at + 1);
const threeDigits = (s: string, at: number) => digit(s, at) * 100 + twoDigits(s, at + 1);
export const fourDigits = (s: string, at: number) => twoDigits(s, at) * 100 + twoDigits(s, at + 2);

/** A value that has one spelling in base64url (the unused low bits of its last character are zero). */
export function canonicalBase64url(v: string): boolean {
  return Buffer.from(v, 'base64url').toString('base64url') === v;
}

/**
 * canonicalBase64url for a value PATTERNS.key32 matched (43 characters for 32 bytes), without a
 * buffer: the last character carries two unused bits, and they must be zero.
 */
export function canonicalKey32(v: string): boolean {
  return BASE64URL.indexOf(v.charAt(42)) % 4 === 0;
}
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
