/**
 * Link shapes for the platform evidence kinds, ported from the tested Python patterns in
 * shared/content/evidence-formats.md. The patterns run against the WHATWG-serialised href (see
 * links.ts), which is pure ASCII with a lower-case scheme and host, so no `u` or `i` flag is needed.
 *
 * Deliberate differences from the Python originals (each one only widens acceptance to real links
 * or closes a hole; none accepts a new host):
 * - percent-escapes in LinkedIn URNs accept lower-case hex (`%3a`), since browsers keep either case;
 * - `li_post_posts` also accepts a share link whose slug is empty (`name_activity-…`), the shape
 *   LinkedIn gives to posts without text;
 * - `fb_post` looks for `story_fbid=` and `id=` with a look-behind on `?`/`&`, because the Python
 *   look-ahead `(?:^|[?&])id=` could not see the `?` it had already consumed, and so refused
 *   `permalink.php?id=…&story_fbid=…`;
 * - `x_profile` also treats a reserved path followed by `?` or `#` as reserved (x.com/home?lang=fr);
 *   links.ts repeats that check case-insensitively.
 */

/** Optional country subdomain and www, as LinkedIn serves them (fr.linkedin.com, www.linkedin.com). */
const LI_HOST = String.raw`https?://(?:[a-z]{2,3}\.)?(?:www\.)?linkedin\.com`;
/** Query and fragment, if any, after an optional trailing slash. */
const TAIL = '/?(?:[?#].*)?$';
/** A URN separator: a colon, raw or percent-encoded. */
const C = '(?::|%3[Aa])';

/** li_profile */
export const LI_PROFILE = new RegExp(String.raw`^${LI_HOST}/in/(?<vanity>[A-Za-z0-9\-_%.]{3,100})${TAIL}`);

/** li_post_posts (slug made optional, see above) */
export const LI_POST_POSTS = new RegExp(
  String.raw`^${LI_HOST}/posts/(?<vanity>[A-Za-z0-9\-_%.]+?)_(?:[^/?#]*?-)?(?<kind>activity|share|ugcPost)-(?<id>\d{15,20})-[A-Za-z0-9_-]{2,6}${TAIL}`,
);

/** li_post_feed */
export const LI_POST_FEED = new RegExp(
  String.raw`^${LI_HOST}/feed/update/urn${C}li${C}(?<kind>activity|share|ugcPost)${C}(?<id>\d{15,20})${TAIL}`,
);

/** li_comment: searched (not anchored) in the query string of a LinkedIn post link. */
export const LI_COMMENT =
  /[?&]commentUrn=urn%3[Aa]li%3[Aa]comment%3[Aa](?:%28|\\?\()(?<kind>activity|ugcPost|share)%3[Aa](?<post>\d{15,20})%2[Cc](?<comment>\d{15,20})(?:%29|\\?\))/;

const X_HOST = String.raw`https?://(?:www\.|mobile\.)?(?:x|twitter)\.com`;

/** Paths on x.com that look like a handle but are X's own pages. */
export const X_RESERVED_PATHS: ReadonlySet<string> = new Set([
  'home',
  'i',
  'explore',
  'search',
  'settings',
  'messages',
  'notifications',
  'compose',
  'intent',
]);

/** x_profile (reserved-path terminator widened to `?` and `#`) */
export const X_PROFILE = new RegExp(
  `^${X_HOST}/(?!(?:${[...X_RESERVED_PATHS].join('|')})(?:[/?#]|$))(?<h>[A-Za-z0-9_]{1,15})${TAIL}`,
);

/** x_post: the handle segment is not authoritative (X resolves the post by id alone). */
export const X_POST = new RegExp(
  String.raw`^${X_HOST}/(?:(?<h>[A-Za-z0-9_]{1,15})|i(?:/web)?)/status(?:es)?/(?<id>\d{1,20})(?:/(?:photo|video)/\d+)?${TAIL}`,
);

/** fb_post (query look-aheads rewritten with look-behinds, see above) */
export const FB_POST =
  /^https?:\/\/(?:www\.|m\.|web\.)?facebook\.com\/(?:(?<owner>[A-Za-z0-9.]+)\/posts\/(?<pid>pfbid0[A-Za-z0-9]{20,}|\d+)|share\/(?:p|r|v)\/(?<token>[A-Za-z0-9]+)|(?:permalink|story)\.php\?(?=[^#]*(?<=[?&])story_fbid=(?<sfid>pfbid0[A-Za-z0-9]+|\d+))(?=[^#]*(?<=[?&])id=\d+)[^#]*|reel\/(?<reel>\d+)|watch\/?\?v=(?<vid>\d+))\/?(?:[?#&].*)?$/;

/** ig_post */
export const IG_POST = new RegExp(
  String.raw`^https?://(?:www\.)?instagram\.com/(?:[A-Za-z0-9._]{1,30}/)?(?<kind>p|reel|reels|tv)/(?<code>[A-Za-z0-9_-]{5,})${TAIL}`,
);

/** yt_video */
export const YT_VIDEO =
  /^https?:\/\/(?:(?:www\.|m\.)?youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|live\/)|youtu\.be\/)(?<id>[A-Za-z0-9_-]{11})(?:[?&#/].*)?$/;

/** engage: Viva Engage (and its Yammer host); `b64` is base64url JSON such as {"_type":"Thread","id":"…"}. */
export const ENGAGE = new RegExp(
  String.raw`^https://(?:engage\.cloud\.microsoft|web\.yammer\.com)/main/(?:org/(?<org>[A-Za-z0-9.-]+)/)?(?<kind>threads|groups|users|feed|storylines?)(?:/(?<b64>eyJ[A-Za-z0-9_-]+=*))?(?:/[A-Za-z]+)?${TAIL}`,
);

const SLACK_HOST = String.raw`https://(?<ws>[a-z0-9-]+)(?:\.enterprise)?\.slack\.com`;

/** slack_msg: C = channel, D = direct message, G = private channel or group (legacy). */
export const SLACK_MSG = new RegExp(
  String.raw`^${SLACK_HOST}/archives/(?<conv>[CDG][A-Z0-9]{8,})/p(?<sec>\d{10})(?<usec>\d{6})(?:[?#].*)?$`,
);

/** slack_canvas */
export const SLACK_CANVAS = new RegExp(`^${SLACK_HOST}/docs/(?<team>T[A-Z0-9]+)/(?<file>F[A-Z0-9]+)${TAIL}`);

/** teams_msg: `ms` is the message's Unix time in milliseconds. */
export const TEAMS_MSG =
  /^https:\/\/teams\.(?:microsoft\.com|cloud\.microsoft)\/l\/message\/(?<conv>(?:19|48):[^/?#]+)\/(?<ms>\d{13})(?:[?#].*)?$/;
