/**
 * The fingerprint of a programme key, written in the programme file (format 2) so that `invite`
 * and `report` can tell a key from another programme's before anything is signed or rejected.
 *
 *   fingerprint = "sha256:" + hex(first 16 bytes of SHA-256(UTF-8 "exec-coach/key-fingerprint/1\n" || key bytes))
 *
 * The key bytes are the 32 bytes the .key file holds in base64url. The prefix separates this use
 * of the key from the learner keys (HMAC with "exec-coach/learner/"), and a hash cannot be
 * turned back into the key: the programme file can be shared as before.
 */
import { createHash } from 'node:crypto';

const DOMAIN = 'exec-coach/key-fingerprint/1\n';

export function keyFingerprint(masterKey: string): string {
  const digest = createHash('sha256').update(DOMAIN, 'utf8').update(Buffer.from(masterKey, 'base64url')).digest();
  return `sha256:${digest.subarray(0, 16).toString('hex')}`;
}
