/** The times platform ids carry (LinkedIn and X snowflakes, Slack message stamps), as Unix milliseconds. */

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
