/**
 * Keys and signatures, exactly as the README fixes them ("The files, and how to verify a record with your own tools") so HR can verify with their own tools:
 * - master key: 32 random bytes, base64url (the `.key` file);
 * - learner key: HMAC-SHA256(master key bytes, UTF-8 "exec-coach/learner/" + learner id), base64url;
 * - signature: HMAC-SHA256(learner key bytes, UTF-8 bytes of the RFC 8785 canonical JSON of `record`), base64url.
 * Deterministic functions of their inputs (no clock, no I/O); randomness only in newMasterKey.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { CompletionRecord } from './formats.js';

export function newMasterKey(): string {
  return randomBytes(32).toString('base64url');
}

export function learnerKey(masterKey: string, learnerId: string): string {
  return Buffer.from(learnerKeyText(Buffer.from(masterKey, 'base64url'), learnerId), 'latin1').toString('base64url');
}

/** RFC 8785 (JSON Canonicalization Scheme) text of a record. */
export function canonical(record: CompletionRecord): string {
  return canonicalJson(record);
}

/**
 * RFC 8785 text of a record the format's rules accepted (the strict schema or the fast acceptor):
 * it has exactly the format's keys, so they are written in their sorted order directly, which is
 * what the general algorithm gives for such a record (a test checks it), without sorting every
 * object; and every string it holds matches one of the format's patterns (ids, lesson ids, times,
 * version) or is one of its words, printable ASCII without quote or backslash, which JSON writes
 * as it is between quotes: nothing to escape, nothing to test. The counts are integers, written as
 * JSON writes them. Never for a record the rules did not accept: canonical() is for that.
 */
export function canonicalExact(r: CompletionRecord): string {
  let lessons = '';
  for (let i = 0; i < r.lessons.length; i++) {
    const l = r.lessons[i]!;
    const at = l.completedAt === null ? 'null' : `"${l.completedAt}"`;
    lessons += `${i ? ',' : ''}{"completedAt":${at},"id":"${l.id}","minutesSpent":${l.minutesSpent},"mode":"${l.mode}","quiz":{"correct":${l.quiz.correct},"total":${l.quiz.total}},"startedAt":"${l.startedAt}","status":"${l.status}","stepsDone":${l.stepsDone},"stepsTotal":${l.stepsTotal}}`;
  }
  return `{"generatedAt":"${r.generatedAt}","learner":{"id":"${r.learner.id}"},"lessons":[${lessons}],"program":{"id":"${r.program.id}"},"tool":{"name":"${r.tool.name}","version":"${r.tool.version}"}}`;
}

/**
 * A key's 32 bytes as a latin1 string, one character per byte: what a digest gives without making
 * a buffer (a report derives a key and checks a MAC per record, and each buffer a digest returns
 * costs about as much as the hash). Only hmacText and the functions here make and read them.
 */
export type KeyText = string & { readonly keyText: unique symbol };

/** A learner's key, for a report: the master key is decoded once, and the key stays text (KeyText). */
export function learnerKeyText(masterKey: Buffer, learnerId: string): KeyText {
  return hmacText(masterKey, `exec-coach/learner/${learnerId}`) as KeyText;
}

/**
 * HMAC-SHA256 (RFC 2104) of the UTF-8 bytes of `message`, as createHmac gives it (a test compares
 * them on random keys and texts), made of two one-shot SHA-256 hashes, as latin1 text (a KeyText
 * when the key is a key). The key: its bytes, or a KeyText. Why not createHmac: a report makes two
 * MACs per record, and each createHmac builds an OpenSSL MAC context (a lookup under a lock that
 * the report's two threads then wait on) and a stream object; this costs about half. The pads and
 * the message are written into buffers kept between calls.
 */
export function hmacText(key: Buffer | KeyText, message: string): string {
  const k = typeof key !== 'string' && key.length > BLOCK ? hash('sha256', key, 'buffer') : key;
  // A UTF-16 code unit is at most three UTF-8 bytes.
  const room = BLOCK + 3 * message.length;
  if (inner.bytes.length < room) inner = padded(room, 0x36);
  writePads(k);
  const length = BLOCK + inner.bytes.write(message, BLOCK, 'utf8');
  // 'binary' is latin1 by its older name (the one crypto's types know): a character per byte.
  outer.bytes.write(hash('sha256', inner.bytes.subarray(0, length), 'binary'), BLOCK, 'latin1');
  return hash('sha256', outer.bytes, 'binary');
}
/** SHA-256's block size in bytes. */
const BLOCK = 64;
/** A buffer whose first block is a pad, that block also seen as 32-bit words (aligned: the buffer has its own ArrayBuffer). */
interface Padded {
  bytes: Buffer;
  words: Uint32Array;
  /** Whether the block's bytes past the 32nd hold the pad alone (a longer key left its bytes there). */
  tailIsPad: boolean;
}
function padded(length: number, pad: number): Padded {
  const buffer = new ArrayBuffer(length);
  const bytes = Buffer.from(buffer);
  bytes.fill(pad, 0, BLOCK);
  return { bytes, words: new Uint32Array(buffer, 0, BLOCK / 4), tailIsPad: true };
}
let inner = padded(BLOCK + 4096, 0x36);
const outer = padded(BLOCK + 32, 0x5c);
const key32 = new Uint32Array(8);
const key32Bytes = Buffer.from(key32.buffer);

/**
 * The key XORed with each pad into the first block. The coach's keys are 32 bytes: those go as
 * eight 32-bit words (the XOR of each byte with the pad's byte is the XOR of the words with the
 * pad repeated), and the block's other half keeps the pad; other lengths byte by byte. Eight steps
 * instead of 64 matter in the first few thousand records of a report, before the JIT compiles this.
 */
function writePads(k: Buffer | KeyText): void {
  if (k.length === 32 && inner.tailIsPad && outer.tailIsPad) {
    if (typeof k === 'string') key32Bytes.write(k, 'latin1');
    else key32Bytes.set(k);
    for (let i = 0; i < 8; i++) {
      inner.words[i] = key32[i]! ^ 0x36363636;
      outer.words[i] = key32[i]! ^ 0x5c5c5c5c;
    }
    return;
  }
  // A KeyText is 32 bytes: it took the branch above unless a longer key had just been used.
  const bytes = typeof k === 'string' ? Buffer.from(k, 'latin1') : k;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i < bytes.length ? bytes[i]! : 0;
    inner.bytes[i] = byte ^ 0x36;
    outer.bytes[i] = byte ^ 0x5c;
  }
  inner.tailIsPad = outer.tailIsPad = k.length <= 32;
}

export function signRecord(record: CompletionRecord, key: string, exactShape = false): string {
  return Buffer.from(macOf(record, Buffer.from(key, 'base64url'), exactShape), 'latin1').toString('base64url');
}

function macOf(record: CompletionRecord, key: Buffer | KeyText, exactShape: boolean): string {
  return hmacText(key, exactShape ? canonicalExact(record) : canonical(record));
}

/**
 * Constant-time comparison of a record's signature with the one the learner's key gives, for a
 * record the format's rules accepted (the fast acceptor or the schema: exactly the format's keys,
 * so the faster canonical form, and a signature of 43 base64url characters).
 */
export function verifyAcceptedRecord(record: CompletionRecord, key: KeyText, value: string): boolean {
  return macMatches(macOf(record, key, true), value);
}

/** Whether the base64url MAC `value` is `expected` (latin1), compared in constant time from buffers kept between calls. */
function macMatches(expected: string, value: string): boolean {
  // 43 characters are the 32 bytes of a MAC: the formats accept no other length.
  if (value.length !== 43) return false;
  givenMac.write(value, 'base64url');
  expectedMac.write(expected, 'latin1');
  return timingSafeEqual(givenMac, expectedMac);
}
const givenMac = Buffer.alloc(32);
const expectedMac = Buffer.alloc(32);
