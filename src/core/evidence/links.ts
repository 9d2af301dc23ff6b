/**
 * Offline link checks: is this pasted link the right kind of link, and does the time it carries
 * fall inside the lesson? A check proves format and timing, never authorship (see
 * shared/content/evidence-formats.md); the lesson text says so honestly.
 */
import { EXAMPLES } from './examples.js';
import * as P from './patterns.js';
import type {
  AcceptedLink,
  LinkCheckOptions,
  LinkCheckResult,
  PlatformEvidenceKind,
  Refusal,
  RefusalCode,
} from './types.js';

export { EXAMPLES };

/** The kinds `checkLink` handles: every platform kind plus the generic `url`. */
export type LinkKind = PlatformEvidenceKind | 'url';

/**
 * Clock-skew allowance (ms) on both time bounds: the learner's clock, the platform's clock and a
 * startedAt rounded by the runner need not agree to the second.
 */
export const SKEW_MS = 5 * 60 * 1000;

/** Twitter's snowflake epoch (ms since the Unix epoch), added to `id >> 22`. */
export const X_EPOCH_MS = 1288834974657;

/** Unix ms of a LinkedIn activity, share, ugcPost or comment id (`id >> 22`). BigInt: ids exceed 2^53. */
export function linkedInIdTime(id: string): number {
  return Number(BigInt(id) >> 22n);
}

/** Unix ms of an X (Twitter) snowflake status id. */
export function xIdTime(id: string): number {
  return Number((BigInt(id) >> 22n) + BigInt(X_EPOCH_MS));
}

/** Unix ms of a Slack message timestamp `p{sec}{usec}` (microseconds truncated to ms). */
export function slackTsTime(sec: string, usec: string): number {
  return Number(sec) * 1000 + Math.floor(Number(usec) / 1000);
}

/**
 * Compiles a lesson's `pattern` for the `url` kind. An invalid pattern is the lesson author's bug,
 * not the learner's, so it throws (coach lint should call this too, so that both agree).
 */
export function compileUrlPattern(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new Error(`Invalid url pattern ${JSON.stringify(source)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Pairs people wrap links in when pasting from mail, chat or Markdown. */
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['<', '>'],
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201C', '\u201D'],
  ['\u2018', '\u2019'],
  ['\u00AB', '\u00BB'],
];

/** Trims a pasted link and strips surrounding <>, quotes or guillemets (repeatedly: `"<…>"`). */
export function cleanLinkInput(input: string): string {
  let s = input.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      if (s.length >= open.length + close.length && s.startsWith(open) && s.endsWith(close)) {
        s = s.slice(open.length, s.length - close.length).trim();
        changed = true;
      }
    }
  }
  return s;
}

type Outcome =
  | { id: string; time?: number; parent?: string }
  | { code: 'wrong-shape' | 'not-public-channel' | 'pattern-mismatch' };

interface Rule {
  /** True where the format only accepts https (the Python patterns accept http for some hosts). */
  httpsOnly: boolean;
  match(url: URL, opts: LinkCheckOptions, pattern: RegExp | undefined): Outcome;
}

const WRONG: Outcome = { code: 'wrong-shape' };

function groups(re: RegExp, s: string): Record<string, string | undefined> | undefined {
  const m = re.exec(s);
  return m ? (m.groups ?? {}) : undefined;
}

/** Canonical decimal form, so `0123` and `123` are the same item. */
const canonical = (digits: string): string => BigInt(digits).toString();

function linkedInPost(url: URL): Outcome {
  const g = groups(P.LI_POST_POSTS, url.href) ?? groups(P.LI_POST_FEED, url.href);
  if (g?.id === undefined) return WRONG;
  return { id: canonical(g.id), time: linkedInIdTime(g.id) };
}

function linkedInComment(url: URL): Outcome {
  // The comment lives in the query of a post link; the post part must itself be a LinkedIn post.
  if ('code' in linkedInPost(url)) return WRONG;
  const g = groups(P.LI_COMMENT, url.search);
  if (g?.comment === undefined || g.post === undefined) return WRONG;
  return {
    id: canonical(g.comment),
    time: linkedInIdTime(g.comment),
    parent: `linkedin-post:${canonical(g.post)}`,
  };
}

/** Decodes base64url JSON, or undefined when it is not valid base64, UTF-8 or JSON. */
function decodeBase64UrlJson(b64: string): unknown {
  const std = b64.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Viva Engage thread or community. The b64 segment is required: without it the link is a list
 * (all threads, all communities) and names no item that `count` could tell apart.
 */
function engage(pathKind: 'threads' | 'groups', type: 'Thread' | 'Group') {
  return (url: URL): Outcome => {
    const g = groups(P.ENGAGE, url.href);
    if (g?.kind !== pathKind || g.b64 === undefined) return WRONG;
    const decoded = decodeBase64UrlJson(g.b64);
    if (typeof decoded !== 'object' || decoded === null) return WRONG;
    const { _type, id } = decoded as { _type?: unknown; id?: unknown };
    if (_type !== type) return WRONG;
    const ok = (typeof id === 'string' && id !== '') || typeof id === 'number';
    return { id: ok ? String(id) : g.b64.replace(/=+$/, '') };
  };
}

const RULES: Record<LinkKind, Rule> = {
  'linkedin-profile': {
    httpsOnly: false,
    match: (url) => {
      const g = groups(P.LI_PROFILE, url.href);
      return g?.vanity === undefined ? WRONG : { id: g.vanity.toLowerCase() };
    },
  },
  'linkedin-post': { httpsOnly: false, match: linkedInPost },
  'linkedin-comment': { httpsOnly: false, match: linkedInComment },
  'x-profile': {
    httpsOnly: false,
    match: (url) => {
      const g = groups(P.X_PROFILE, url.href);
      // X handles are case-insensitive, so x.com/Home is X's home page too.
      if (g?.h === undefined || P.X_RESERVED_PATHS.has(g.h.toLowerCase())) return WRONG;
      return { id: g.h.toLowerCase() };
    },
  },
  'x-post': {
    httpsOnly: false,
    match: (url) => {
      const g = groups(P.X_POST, url.href);
      return g?.id === undefined ? WRONG : { id: canonical(g.id), time: xIdTime(g.id) };
    },
  },
  'facebook-post': {
    httpsOnly: false,
    match: (url) => {
      const g = groups(P.FB_POST, url.href);
      const id = g && (g.pid ?? g.sfid ?? g.token ?? g.reel ?? g.vid);
      return id === undefined ? WRONG : { id };
    },
  },
  'instagram-post': {
    httpsOnly: false,
    match: (url) => {
      const g = groups(P.IG_POST, url.href);
      return g?.code === undefined ? WRONG : { id: g.code };
    },
  },
  'youtube-video': {
    httpsOnly: false,
    match: (url) => {
      const g = groups(P.YT_VIDEO, url.href);
      return g?.id === undefined ? WRONG : { id: g.id };
    },
  },
  'viva-engage-thread': { httpsOnly: true, match: engage('threads', 'Thread') },
  'viva-engage-community': { httpsOnly: true, match: engage('groups', 'Group') },
  'slack-message': {
    httpsOnly: true,
    match: (url, opts) => {
      const g = groups(P.SLACK_MSG, url.href);
      if (g?.conv === undefined || g.sec === undefined || g.usec === undefined) return WRONG;
      if (opts.channel === 'public' && !g.conv.startsWith('C')) return { code: 'not-public-channel' };
      return { id: `${g.conv}:${g.sec}.${g.usec}`, time: slackTsTime(g.sec, g.usec) };
    },
  },
  'slack-canvas': {
    httpsOnly: true,
    match: (url) => {
      const g = groups(P.SLACK_CANVAS, url.href);
      return g?.file === undefined ? WRONG : { id: g.file };
    },
  },
  'teams-message': {
    httpsOnly: true,
    match: (url) => {
      const g = groups(P.TEAMS_MSG, url.href);
      if (g?.conv === undefined || g.ms === undefined) return WRONG;
      return { id: `${g.conv}:${g.ms}`, time: Number(g.ms) };
    },
  },
  url: {
    httpsOnly: true,
    match: (url, _opts, pattern) =>
      pattern && !pattern.test(url.href) ? { code: 'pattern-mismatch' } : { id: url.href },
  },
};

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
 * @throws Error when `kind` is `url` and `opts.pattern` is not a valid JavaScript RegExp source.
 */
export function checkLink(kind: LinkKind, input: string, opts: LinkCheckOptions): LinkCheckResult {
  const pattern =
    kind === 'url' && opts.pattern !== undefined ? compileUrlPattern(opts.pattern) : undefined;
  const example = EXAMPLES[kind];
  const refuse = (code: RefusalCode, withExample = true): Refusal =>
    withExample ? { ok: false, code, kind, example } : { ok: false, code, kind };

  const text = cleanLinkInput(input);
  if (text === '') return refuse('empty');
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
