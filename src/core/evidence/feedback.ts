/**
 * Feedback on a text the learner wrote, as a writing coach gives it: the length as the platform
 * counts it, the part the feed shows before "see more", and one specific suggestion at a time
 * (inside information first, then the first line, then the ending). Only the platform's hard
 * limits block; the rest is advice. Pure: the words are chosen by the interface.
 */
import { insideInformationHints } from './hints.js';
import { xWeightedLength } from './text.js';

export type Platform = 'x' | 'linkedin' | 'other';

/** What the feed shows of a LinkedIn post before "see more" (about 210 characters on desktop). */
export const LINKEDIN_PREVIEW_CHARS = 210;
export const LINKEDIN_MAX_CHARS = 3000;
export const X_MAX = 280;

export type Suggestion =
  | { code: 'inside-information'; words: string[] }
  | { code: 'opener'; opener: string }
  | { code: 'first-line-long'; length: number; limit: number }
  | { code: 'no-question' };

export interface Feedback {
  /** The length in the platform's unit, and its hard limit when there is one. */
  length: number;
  limit: number | undefined;
  unit: 'x' | 'chars';
  /** LinkedIn: what the feed shows before "see more", and whether anything is hidden. */
  preview?: { shown: string; more: boolean };
  suggestion?: Suggestion;
}

/** Openings that say nothing yet; the point should come first. Lower case, without the apostrophe's form. */
const OPENERS = [
  "i'm happy to",
  'i am happy to',
  "i'm thrilled",
  'i am thrilled',
  "i'm excited",
  'i am excited',
  'excited to share',
  'happy to share',
  'thrilled to',
  'proud to announce',
  'dear all',
  'hello everyone',
  'hi everyone',
  'ravi de',
  'ravie de',
  'heureux de',
  'heureuse de',
  "j'ai le plaisir",
  'je suis heureux',
  'je suis heureuse',
  'je suis fier',
  'je suis fière',
  'fier de',
  'fière de',
  'bonjour à tous',
  'chers collègues',
];

/** Words that invite a reply, beside a question mark. */
const CALLS =
  /\b(tell me|let me know|what do you think|share your|your view|dites-moi|qu['’]en pensez-vous|racontez|partagez votre|votre avis)\b/i;

const chars = (s: string) => [...s.normalize('NFC')].length;

/** The live count under the text, in the platform's unit. */
export function measure(text: string, platform: Platform, max?: number): Pick<Feedback, 'length' | 'limit' | 'unit'> {
  if (platform === 'x') return { length: xWeightedLength(text.trim()), limit: max ?? X_MAX, unit: 'x' };
  return {
    length: chars(text.trim()),
    limit: max ?? (platform === 'linkedin' ? LINKEDIN_MAX_CHARS : undefined),
    unit: 'chars',
  };
}

export function feedbackOn(
  text: string,
  platform: Platform,
  opts: { max?: number; warnInside?: boolean } = {},
): Feedback {
  const trimmed = text.trim();
  const feedback: Feedback = { ...measure(trimmed, platform, opts.max) };
  if (platform === 'linkedin') {
    const shown = [...trimmed].slice(0, LINKEDIN_PREVIEW_CHARS).join('');
    feedback.preview = {
      shown: shown.split('\n').slice(0, 3).join('\n'),
      more: chars(trimmed) > LINKEDIN_PREVIEW_CHARS || trimmed.split('\n').length > 3,
    };
  }
  const suggestion = suggestionFor(trimmed, platform, Boolean(opts.warnInside));
  if (suggestion) feedback.suggestion = suggestion;
  return feedback;
}

/** The one suggestion worth making now, most important first. */
export function suggestionFor(text: string, platform: Platform, warnInside: boolean): Suggestion | undefined {
  if (warnInside) {
    const words = insideInformationHints(text);
    if (words.length > 0) return { code: 'inside-information', words };
  }
  const firstLine =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const opener = OPENERS.find((o) => firstLine.toLowerCase().replace(/’/g, "'").startsWith(o));
  if (opener) return { code: 'opener', opener: firstLine.slice(0, opener.length) };
  // The feed shows about two lines: a first line that runs past them hides the point.
  const limit = platform === 'x' ? X_MAX : 150;
  if (platform !== 'x' && chars(firstLine) > limit) return { code: 'first-line-long', length: chars(firstLine), limit };
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  if (!last.includes('?') && !CALLS.test(last)) return { code: 'no-question' };
  return undefined;
}
