import type { PlatformEvidenceKind } from './types.js';

/**
 * One well-formed link per kind, shown to the learner when a link is refused. The ids are made up
 * but decode to 10 March 2026 (LinkedIn post 09:12:34Z, comment 10:05:00Z; X 11:20:00Z; Slack
 * 13:45:10Z; Teams 14:30:00Z), so each example passes its own check with a clock set that day.
 */
export const EXAMPLES: Readonly<Record<PlatformEvidenceKind | 'url', string>> = {
  'linkedin-profile': 'https://www.linkedin.com/in/claire-dubois-4a7b2c91/',
  'linkedin-post':
    'https://www.linkedin.com/posts/claire-dubois-4a7b2c91_leadership-strategy-activity-7437062838177420935-Xk3p/',
  'linkedin-comment':
    'https://www.linkedin.com/feed/update/urn:li:activity:7437062838177420935/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7437062838177420935%2C7437076031595533959%29',
  'x-profile': 'https://x.com/ClaireDubois',
  'x-post': 'https://x.com/ClaireDubois/status/2031329217250005510',
  'facebook-post':
    'https://www.facebook.com/claire.dubois.ceo/posts/pfbid02Xk7mQ9vLtR3sYbN8hJwE5cZdA1fGpU6oKiT4rMnB2yHql',
  'instagram-post': 'https://www.instagram.com/p/DG4kT2xNq8R/',
  'youtube-video': 'https://www.youtube.com/watch?v=Xk3pR7mQ2aZ',
  'viva-engage-thread':
    'https://engage.cloud.microsoft/main/org/contoso.com/threads/eyJfdHlwZSI6IlRocmVhZCIsImlkIjoiMzI4NDc1NjE5MiJ9',
  'viva-engage-community':
    'https://engage.cloud.microsoft/main/org/contoso.com/groups/eyJfdHlwZSI6Ikdyb3VwIiwiaWQiOiIxNDgyNzM2NDUifQ/all',
  'slack-message': 'https://contoso.slack.com/archives/C07QH3K2M9A/p1773150310250000',
  'slack-canvas': 'https://contoso.slack.com/docs/T02AB3CD4EF/F07RZ8Y6K1M',
  'teams-message':
    'https://teams.microsoft.com/l/message/19:8f3a1c2e7b9d4e5fa6c0b1d2e3f4a5b6@thread.tacv2/1773153000000',
  url: 'https://intranet.example.com/news/2026/leadership-charter',
};
