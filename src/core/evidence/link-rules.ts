/** The link format of each evidence kind: what a pasted link must look like, and the id and time it carries. */
import { linkedInIdTime, slackTsTime, xIdTime } from './link-times.js';
import * as P from './patterns.js';
import type { LinkCheckOptions } from './types.js';
import type { LinkKind } from './links.js';
import type { UrlPattern } from './url-pattern.js';

export type Outcome =
  | { id: string; time?: number; parent?: string }
  | { code: 'wrong-shape' | 'not-public-channel' | 'pattern-mismatch' };

export interface Rule {
  /** True where the format only accepts https (the Python patterns accept http for some hosts). */
  httpsOnly: boolean;
  match(url: URL, opts: LinkCheckOptions, pattern: UrlPattern | undefined): Outcome;
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

export const RULES: Record<LinkKind, Rule> = {
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
