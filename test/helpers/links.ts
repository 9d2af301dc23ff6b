/** Real-shaped links whose embedded time is `at`, for tasks that check time (tests only). */
import type { PlatformEvidenceKind } from '../../src/core/evidence/types.js';
import { X_EPOCH_MS } from '../../src/core/evidence/links.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

export function linkFor(kind: PlatformEvidenceKind | 'url', at: number, n = 0): string {
  const li = ((BigInt(at) << 22n) + BigInt(n)).toString();
  const x = ((BigInt(at - X_EPOCH_MS) << 22n) + BigInt(n)).toString();
  const sec = Math.floor(at / 1000) + n;
  switch (kind) {
    case 'linkedin-profile':
      return 'https://www.linkedin.com/in/claire-dubois-ceo/';
    case 'linkedin-post':
      return `https://www.linkedin.com/feed/update/urn:li:activity:${li}/`;
    case 'linkedin-comment': {
      const post = ((BigInt(at - 60_000 * (n + 1)) << 22n) + BigInt(n)).toString();
      return `https://www.linkedin.com/feed/update/urn:li:activity:${post}/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A${post}%2C${li}%29`;
    }
    case 'x-profile':
      return 'https://x.com/ClaireDubois';
    case 'x-post':
      return `https://x.com/ClaireDubois/status/${x}`;
    case 'facebook-post':
      return `https://www.facebook.com/claire.dubois/posts/pfbid0${'Ab1Cd2Ef3Gh4Ij5Kl6Mn7'}${n}`;
    case 'instagram-post':
      return `https://www.instagram.com/p/Cz${n}AbCdEfG/`;
    case 'youtube-video':
      return `https://www.youtube.com/watch?v=dQw4w9WgXc${n}`;
    case 'viva-engage-thread':
      return `https://engage.cloud.microsoft/main/org/contoso.com/threads/${b64({ _type: 'Thread', id: String(3000000000 + n) })}`;
    case 'viva-engage-community':
      return `https://engage.cloud.microsoft/main/org/contoso.com/groups/${b64({ _type: 'Group', id: String(4000000000 + n) })}`;
    case 'slack-message':
      return `https://contoso.slack.com/archives/C0123ABCD45/p${sec}000100`;
    case 'slack-canvas':
      return `https://contoso.slack.com/docs/T0123ABCD/F0${n}ABCDEFGH`;
    case 'teams-message':
      return `https://teams.microsoft.com/l/message/19:abc123def456@thread.tacv2/${at + n}`;
    case 'url':
      return `https://intranet.example.com/charter/${n}`;
  }
}
