/**
 * Local checks on text artifacts (headlines, About sections, X posts, drafts). The text never
 * leaves the learner's machine; these functions only measure it.
 */
export { insideInformationHints } from './hints.js';

/** twitter-text v3: code points in these ranges weigh 100, all others 200; scale 100. */
const X_LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const X_SCALE = 100;
const X_HEAVY = 200;
/** Every URL counts as a t.co link of 23 characters, whatever its real length. */
const X_URL_WEIGHT = 23 * X_SCALE;

/**
 * Top-level domains recognised in bare links (`example.com/page`), which X also shortens. A short
 * list on purpose: twitter-text uses the full IANA list, but a word like "Node.js" must not turn
 * into a 23-character link here; the rare miss only makes the count a little pessimistic or lenient.
 */
const TLDS =
  'com|net|org|edu|gov|int|info|biz|io|co|ai|app|dev|me|ly|tv|news|eu|fr|be|ch|de|uk|es|it|nl|lu|ca|us|ma|sn|ci|tn|qc|pro|online|tech|cloud';
/** A URL must not end on punctuation that belongs to the sentence around it. */
const URL_BODY = String.raw`[^\s<>"]*[^\s<>".,;:!?'"»…)\]]`;
const URL_SOURCE =
  `https?://${URL_BODY}` +
  String.raw`|(?<![\p{L}\p{N}@._\-/])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${TLDS})(?![\p{L}\p{N}_\-])(?:[/?#](?:${URL_BODY})?)?`;

/** What follows an emoji base inside one emoji: a variation selector, skin tone, or tag characters (flags of regions). */
const EMOJI_TAIL = String.raw`(?:[\uFE0E\uFE0F]|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}])*`;
const EMOJI_BASE = String.raw`(?:\p{Extended_Pictographic}|\p{Emoji_Modifier})`;
const EMOJI_SOURCE =
  String.raw`\p{Regional_Indicator}{2}` + // a flag: two regional indicators
  String.raw`|[#*0-9]\uFE0F?\u20E3` + // a keycap
  String.raw`|${EMOJI_BASE}${EMOJI_TAIL}(?:\u200D${EMOJI_BASE}${EMOJI_TAIL})*`; // incl. ZWJ sequences

const X_TOKENS = new RegExp(`(?<url>${URL_SOURCE})|(?<emoji>${EMOJI_SOURCE})`, 'giu');

function xCodePointWeight(cp: number): number {
  return X_LIGHT_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi) ? X_SCALE : X_HEAVY;
}

function weighPlain(text: string): number {
  let total = 0;
  for (const ch of text) total += xCodePointWeight(ch.codePointAt(0) ?? 0);
  return total;
}

/**
 * Length of a post as X counts it (twitter-text v3, the 280 limit): after NFC normalisation,
 * Latin, accented and most punctuation characters count 1, CJK and other characters 2, each URL
 * 23 and each emoji 2 (a ZWJ family, a flag, a skin-toned or VS16 emoji is one emoji).
 */
export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let total = 0;
  let last = 0;
  for (const m of normalized.matchAll(X_TOKENS)) {
    total += weighPlain(normalized.slice(last, m.index));
    total += m.groups?.url !== undefined ? X_URL_WEIGHT : X_HEAVY;
    last = m.index + m[0].length;
  }
  total += weighPlain(normalized.slice(last));
  return total / X_SCALE;
}

/** Limits a task block may set on a text artifact. */
export interface TextCheckOptions {
  /** Minimum length, in the unit chosen by `length`. */
  min?: number;
  /** Maximum length, in the unit chosen by `length`. */
  max?: number;
  /** Minimum number of non-blank lines. */
  minLines?: number;
  /** `chars` (default): Unicode code points; `x`: X weighted length. */
  length?: 'chars' | 'x';
}

/**
 * Result of `checkText`. On refusal, `length` is the measured quantity that broke `limit`: the
 * text length for empty / too-short / too-long, the number of non-blank lines for too-few-lines.
 */
export type TextCheckResult =
  | { ok: true; length: number }
  | {
      ok: false;
      code: 'empty' | 'too-short' | 'too-long' | 'too-few-lines';
      length: number;
      limit: number;
    };

/** Number of non-blank lines. */
export function countLines(text: string): number {
  return text.split(/\r\n|[\n\r\u2028\u2029]/).filter((line) => line.trim() !== '').length;
}

/**
 * Checks a text artifact against a task's limits, first failure wins: empty, too-short, too-long,
 * too-few-lines. The text is measured trimmed (the platforms drop outer blank space) and
 * NFC-normalised (an accent typed as a combining mark is one character on screen).
 */
export function checkText(text: string, opts: TextCheckOptions): TextCheckResult {
  const trimmed = text.normalize('NFC').trim();
  const length = opts.length === 'x' ? xWeightedLength(trimmed) : [...trimmed].length;
  if (length === 0) return { ok: false, code: 'empty', length, limit: Math.max(1, opts.min ?? 1) };
  if (opts.min !== undefined && length < opts.min) {
    return { ok: false, code: 'too-short', length, limit: opts.min };
  }
  if (opts.max !== undefined && length > opts.max) {
    return { ok: false, code: 'too-long', length, limit: opts.max };
  }
  if (opts.minLines !== undefined) {
    const lines = countLines(trimmed);
    if (lines < opts.minLines) return { ok: false, code: 'too-few-lines', length: lines, limit: opts.minLines };
  }
  return { ok: true, length };
}
