/**
 * Offline link checks: is this pasted link the right kind of link, and does the time it carries
 * fall inside the lesson? A check proves format and timing, never authorship (see
 * shared/content/evidence-formats.md); the lesson text says so honestly.
 */
import { EXAMPLES } from './examples.js';
import { cleanLinkInput } from './link-input.js';
import { compileUrlPattern, MAX_LINK_LENGTH } from './url-pattern.js';
import { RULES } from './link-rules.js';
import type {
  AcceptedLink,
  LinkCheckOptions,
  LinkCheckResult,
  PlatformEvidenceKind,
  Refusal,
  RefusalCode,
} from './types.js';

export { EXAMPLES };
export { linkedInIdTime, slackTsTime, X_EPOCH_MS, xIdTime } from './link-times.js';
export { cleanLinkInput } from './link-input.js';
export { compileUrlPattern, MAX_LINK_LENGTH } from './url-pattern.js';

/** The kinds `checkLink` handles: every platform kind plus the generic `url`. */
export type LinkKind = PlatformEvidenceKind | 'url';

/**
 * Clock-skew allowance (ms) on both time bounds: the learner's clock, the platform's clock and a
 * startedAt rounded by the runner need not agree to the second.
 */
export const SKEW_MS = 5 * 60 * 1000;

/**
 * Checks a pasted link against the format of `kind` and, where the link carries a time (LinkedIn
 * and X ids, Slack and Teams links), that the time lies in [startedAt - SKEW_MS, now + SKEW_MS].
 *
 * The input is trimmed and unwrapped, then parsed with the WHATWG URL class and matched in its
 * serialised form (lower-case host, %-encoded non-ASCII), so `HTTPS://WWW.LinkedIn.com/in/josé`
 * is checked as `https://www.linkedin.com/in/jos%C3%A9`.
 *
 * Refusals: `empty`; `not-a-link` (unparsable, contains spaces, or not http/https);
 * `not-https` (http where the format needs https and the https link would have the right shape);
 * `wrong-shape`; `not-public-channel` (Slack with `channel: 'public'`); `pattern-mismatch` (`url`);
 * `before-start` / `in-future` with the decoded `time` and, as `bound`, the nominal bound
 * (`startedAt` or `now`, which is what a learner can relate to; the skew is tolerance on top).
 * Shape refusals carry `example`, a valid link of the kind.
 *
 * A link longer than MAX_LINK_LENGTH is `not-a-link`, refused before any pattern sees it.
 *
 * @throws Error when `kind` is `url` and `opts.pattern` is not a valid RE2 pattern.
 */
export function checkLink(kind: LinkKind, input: string, opts: LinkCheckOptions): LinkCheckResult {
  const pattern = kind === 'url' && opts.pattern !== undefined ? compileUrlPattern(opts.pattern) : undefined;
  const example = EXAMPLES[kind];
  const refuse = (code: RefusalCode, withExample = true): Refusal =>
    withExample ? { ok: false, code, kind, example } : { ok: false, code, kind };

  // Bounded before anything else: every check after this is linear in the link's length.
  if (input.length > MAX_LINK_LENGTH * 2) return refuse('not-a-link');
  const text = cleanLinkInput(input);
  if (text === '') return refuse('empty');
  if (text.length > MAX_LINK_LENGTH) return refuse('not-a-link');
  // A copied link never holds raw whitespace; "https://… see above" is a sentence, not a link.
  if (/\s/.test(text)) return refuse('not-a-link');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse('not-a-link');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('not-a-link');

  const rule = RULES[kind];
  if (url.protocol === 'http:' && rule.httpsOnly) {
    // Say "use https" only when that alone would fix the link.
    const upgraded = new URL(url.href);
    upgraded.protocol = 'https:';
    const outcome = rule.match(upgraded, opts, pattern);
    return refuse('code' in outcome && outcome.code === 'wrong-shape' ? 'wrong-shape' : 'not-https');
  }

  const outcome = rule.match(url, opts, pattern);
  if ('code' in outcome) return refuse(outcome.code, outcome.code !== 'pattern-mismatch');

  const { time } = outcome;
  if (time !== undefined) {
    if (time < opts.startedAt - SKEW_MS) {
      return { ok: false, code: 'before-start', kind, time, bound: opts.startedAt };
    }
    if (time > opts.now + SKEW_MS) {
      return { ok: false, code: 'in-future', kind, time, bound: opts.now };
    }
  }
  const accepted: AcceptedLink = { ok: true, kind, key: `${kind}:${outcome.id}` };
  if (time !== undefined) accepted.time = time;
  if (outcome.parent !== undefined) accepted.parent = outcome.parent;
  return accepted;
}
