/**
 * The contract between the lesson runner and the evidence checks. Checks are pure: the clock and
 * the lesson's start time are passed in, and a refusal is a code plus parameters, turned into words
 * in the learner's language by src/i18n (so the checks never hold interface text).
 */

/** Every evidence kind a lesson's `task` block may name. */
export const PLATFORM_EVIDENCE_KINDS = [
  'linkedin-profile',
  'linkedin-post',
  'linkedin-comment',
  'x-profile',
  'x-post',
  'facebook-post',
  'instagram-post',
  'youtube-video',
  'viva-engage-thread',
  'viva-engage-community',
  'slack-message',
  'slack-canvas',
  'teams-message',
] as const;
export type PlatformEvidenceKind = (typeof PLATFORM_EVIDENCE_KINDS)[number];
export const EVIDENCE_KINDS = ['attest', 'text', 'url', ...PLATFORM_EVIDENCE_KINDS] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Options a task block may set for link checks. */
export interface LinkCheckOptions {
  /** When the learner started the lesson (ms since epoch): a link's embedded time must not be earlier. */
  startedAt: number;
  /** The current time (ms since epoch): a link's embedded time must not be later (plus skew). */
  now: number;
  /** Slack only: `public` means the message must be in a public channel (conversation id C...). */
  channel?: 'public';
  /** `url` only: a JavaScript regular expression the link must match. */
  pattern?: string;
}

/** An accepted link: `key` identifies the item so that `count: N` can require N distinct ones. */
export interface AcceptedLink {
  ok: true;
  kind: EvidenceKind;
  /** Stable identity of the item (e.g. "linkedin-post:7302260698879819777"). */
  key: string;
  /** Time decoded from the link, when the link carries one (ms since epoch). */
  time?: number;
  /**
   * The item this one belongs to, when the link names it (a LinkedIn comment's post, as
   * "linkedin-post:<id>"), so that `count: N` can also require N distinct parents.
   */
  parent?: string;
}

export type RefusalCode =
  | 'empty'
  | 'not-a-link'
  | 'not-https'
  | 'wrong-shape'
  | 'before-start'
  | 'in-future'
  | 'not-public-channel'
  | 'pattern-mismatch';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  kind: EvidenceKind;
  /** A well-formed example of what was expected (language-neutral: a link). */
  example?: string;
  /** For time refusals: the decoded time and the bound it broke (ms since epoch). */
  time?: number;
  bound?: number;
}

export type LinkCheckResult = AcceptedLink | Refusal;
