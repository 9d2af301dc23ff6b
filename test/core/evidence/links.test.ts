import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  SKEW_MS,
  X_EPOCH_MS,
  checkLink,
  cleanLinkInput,
  compileUrlPattern,
  linkedInIdTime,
  slackTsTime,
  xIdTime,
  type LinkKind,
} from '../../../src/core/evidence/links.js';
import {
  PLATFORM_EVIDENCE_KINDS,
  type AcceptedLink,
  type LinkCheckOptions,
  type Refusal,
  type RefusalCode,
} from '../../../src/core/evidence/types.js';

/** A clock wide enough that only shape matters (every id below decodes between 2025 and 2026). */
const WIDE: LinkCheckOptions = {
  startedAt: Date.parse('2025-01-01T00:00:00Z'),
  now: Date.parse('2027-01-01T00:00:00Z'),
};

// LinkedIn ids: post 2026-03-10T09:12:34.567Z, another post 2026-03-11T14:00Z, comment 10:05Z.
const LI = '7437062838177420935';
const LI2 = '7437497558631634567';
const LI_C = '7437076031595533959';
// X id: 2026-03-10T11:20:00.321Z
const XID = '2031329217250005510';
const THREAD_B64 = 'eyJfdHlwZSI6IlRocmVhZCIsImlkIjoiMzI4NDc1NjE5MiJ9'; // {"_type":"Thread","id":"3284756192"}
const GROUP_B64 = 'eyJfdHlwZSI6Ikdyb3VwIiwiaWQiOiIxNDgyNzM2NDUifQ'; // {"_type":"Group","id":"148273645"}
const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function accept(kind: LinkKind, input: string, opts: LinkCheckOptions = WIDE): AcceptedLink {
  const result = checkLink(kind, input, opts);
  expect(result, `${kind} should accept ${input}`).toMatchObject({ ok: true, kind });
  return result as AcceptedLink;
}

function refuse(kind: LinkKind, input: string, code: RefusalCode, opts: LinkCheckOptions = WIDE): Refusal {
  const result = checkLink(kind, input, opts);
  expect(result, `${kind} should refuse ${input} as ${code}`).toMatchObject({ ok: false, kind, code });
  return result as Refusal;
}

const comment = (post: string, id: string, postKind = 'activity'): string =>
  `commentUrn=urn%3Ali%3Acomment%3A%28${postKind}%3A${post}%2C${id}%29`;

describe('input cleaning and generic refusals', () => {
  it.each([
    ['  https://x.com/a  ', 'https://x.com/a'],
    ['<https://x.com/a>', 'https://x.com/a'],
    ['"https://x.com/a"', 'https://x.com/a'],
    ["'https://x.com/a'", 'https://x.com/a'],
    ['\u201Chttps://x.com/a\u201D', 'https://x.com/a'],
    ['\u00AB https://x.com/a \u00BB', 'https://x.com/a'],
    ['"<https://x.com/a>"', 'https://x.com/a'],
    ['`https://x.com/a`', 'https://x.com/a'],
  ])('cleans %j', (input, expected) => {
    expect(cleanLinkInput(input)).toBe(expected);
  });

  it.each(PLATFORM_EVIDENCE_KINDS)('%s: empty, not a link, javascript:', (kind) => {
    expect(refuse(kind, '', 'empty').example).toBe(EXAMPLES[kind]);
    refuse(kind, '   \n ', 'empty');
    refuse(kind, '<>', 'empty');
    refuse(kind, 'my post on linkedin', 'not-a-link');
    refuse(kind, 'linkedin.com/in/claire-dubois', 'not-a-link');
    refuse(kind, 'javascript:alert(document.cookie)', 'not-a-link');
    refuse(kind, 'mailto:claire@example.com', 'not-a-link');
    refuse(kind, 'https://x.com/a and the rest of a sentence', 'not-a-link');
    refuse(kind, 'https://evil.example/', 'wrong-shape');
  });

  it('wrong-shape carries the example of the kind', () => {
    for (const kind of PLATFORM_EVIDENCE_KINDS) {
      expect(refuse(kind, 'https://example.com/nothing', 'wrong-shape').example).toBe(EXAMPLES[kind]);
    }
  });
});

describe('EXAMPLES', () => {
  const day: LinkCheckOptions = {
    startedAt: Date.parse('2026-03-10T08:00:00Z'),
    now: Date.parse('2026-03-10T18:00:00Z'),
  };
  const kinds = [...PLATFORM_EVIDENCE_KINDS, 'url'] as const;

  it.each(kinds)('%s example passes its own check on 10 March 2026', (kind) => {
    const result = accept(kind, EXAMPLES[kind], day);
    if (result.time !== undefined) {
      expect(new Date(result.time).toISOString().slice(0, 10)).toBe('2026-03-10');
    }
  });

  it.each(kinds)('%s example is refused before its time', (kind) => {
    const before: LinkCheckOptions = {
      startedAt: Date.parse('2026-03-11T00:00:00Z'),
      now: Date.parse('2026-03-11T12:00:00Z'),
    };
    const timed = ['linkedin-post', 'linkedin-comment', 'x-post', 'slack-message', 'teams-message'];
    const result = checkLink(kind, EXAMPLES[kind], before);
    expect(result.ok).toBe(!timed.includes(kind));
  });

  it('an example is not accepted as another kind (except a comment link, which is also a post link)', () => {
    for (const a of PLATFORM_EVIDENCE_KINDS) {
      for (const b of PLATFORM_EVIDENCE_KINDS) {
        if (a === b || (a === 'linkedin-comment' && b === 'linkedin-post')) continue;
        expect(checkLink(b, EXAMPLES[a], WIDE).ok, `${a} example as ${b}`).toBe(false);
      }
    }
  });
});

describe('linkedin-profile', () => {
  it.each([
    ['https://www.linkedin.com/in/claire-dubois/', 'claire-dubois'],
    ['https://linkedin.com/in/claire-dubois', 'claire-dubois'],
    ['https://fr.linkedin.com/in/claire-dubois-4a7b2c91', 'claire-dubois-4a7b2c91'],
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-1b2c3d/', 'jos%c3%a9-garc%c3%ada-1b2c3d'],
    ['https://www.linkedin.com/in/josé-garcía-1b2c3d', 'jos%c3%a9-garc%c3%ada-1b2c3d'],
    ['https://www.linkedin.com/in/claire-dubois?originalSubdomain=fr', 'claire-dubois'],
    ['https://www.linkedin.com/in/claire-dubois/#experience', 'claire-dubois'],
    ['http://www.linkedin.com/in/claire_dubois.ceo', 'claire_dubois.ceo'],
    ['HTTPS://WWW.LINKEDIN.COM/in/Claire-Dubois', 'claire-dubois'],
    ['<https://www.linkedin.com/in/claire-dubois>', 'claire-dubois'],
  ])('accepts %s', (input, vanity) => {
    expect(accept('linkedin-profile', input).key).toBe(`linkedin-profile:${vanity}`);
  });

  it.each([
    'https://www.linkedin.com.evil.example/in/claire-dubois',
    'https://evil-linkedin.com/in/claire-dubois',
    'https://linkedin.evil.example/in/claire-dubois',
    'https://www.linkedin.com/company/contoso/',
    'https://www.linkedin.com/in/ab',
    'https://www.linkedin.com/in/claire-dubois/details/experience/',
    'https://www.linkedin.com/posts/claire-dubois_x-activity-7437062838177420935-Xk3p',
  ])('refuses %s', (input) => {
    refuse('linkedin-profile', input, 'wrong-shape');
  });
});

describe('linkedin-post', () => {
  it.each([
    `https://www.linkedin.com/posts/claire-dubois-4a7b2c91_leadership-strategy-activity-${LI}-Xk3p/`,
    `https://www.linkedin.com/posts/jos%C3%A9-garc%C3%ADa_transformation-num%C3%A9rique-activity-${LI}-aB_1?utm_source=share&utm_medium=member_desktop`,
    `https://fr.linkedin.com/posts/claire-dubois_activity-${LI}-Ab12`,
    `https://www.linkedin.com/feed/update/urn:li:activity:${LI}/`,
    `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${LI}?utm_source=share`,
    `http://linkedin.com/feed/update/urn:li:activity:${LI}`,
  ])('accepts both shapes: %s', (input) => {
    const result = accept('linkedin-post', input);
    expect(result.key).toBe(`linkedin-post:${LI}`);
    expect(new Date(result.time ?? 0).toISOString()).toBe('2026-03-10T09:12:34.567Z');
  });

  it.each([
    `https://www.linkedin.com/posts/claire-dubois_ai-ugcPost-${LI2}-9xQz`,
    `https://www.linkedin.com/feed/update/urn:li:ugcPost:${LI2}`,
    `https://www.linkedin.com/feed/update/urn:li:share:${LI2}/?origin=SHARED`,
  ])('accepts share and ugcPost ids: %s', (input) => {
    expect(accept('linkedin-post', input).key).toBe(`linkedin-post:${LI2}`);
  });

  it('decodes the documented id 7302260698879819777 to 2025-03-03T09:37Z', () => {
    expect(new Date(linkedInIdTime('7302260698879819777')).toISOString()).toMatch(/^2025-03-03T09:37/);
    const result = accept('linkedin-post', 'https://www.linkedin.com/feed/update/urn:li:activity:7302260698879819777/');
    expect(new Date(result.time ?? 0).toISOString()).toMatch(/^2025-03-03T09:37/);
  });

  it.each([
    'https://www.linkedin.com/posts/claire-dubois_leadership-activity-74370628381-Xk3p',
    'https://www.linkedin.com/feed/update/urn:li:activity:12345/',
    'https://www.linkedin.com/feed/update/urn:li:comment:7437062838177420935/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/claire-dubois/',
    `https://www.linkedin.com.evil.example/feed/update/urn:li:activity:${LI}`,
    `https://evil.example/www.linkedin.com/feed/update/urn:li:activity:${LI}`,
    'https://www.linkedin.com/pulse/my-first-article-claire-dubois',
    'https://lnkd.in/eAbCdEf',
  ])('refuses %s', (input) => {
    refuse('linkedin-post', input, 'wrong-shape');
  });
});

describe('linkedin-comment', () => {
  it.each([
    EXAMPLES['linkedin-comment'],
    `https://www.linkedin.com/feed/update/urn:li:activity:${LI}?${comment(LI, LI_C)}&dashCommentUrn=urn%3Ali%3Afsd_comment%3A%28${LI_C}%2Curn%3Ali%3Aactivity%3A${LI}%29`,
    `https://www.linkedin.com/feed/update/urn:li:activity:${LI}/?utm_source=share&${comment(LI, LI_C)}`,
    `https://www.linkedin.com/feed/update/urn:li:activity:${LI}/?commentUrn=urn%3Ali%3Acomment%3A(activity%3A${LI}%2C${LI_C})`,
    `https://www.linkedin.com/feed/update/urn:li:activity:${LI}/?commentUrn=urn%3Ali%3Acomment%3A\\(activity%3A${LI}%2C${LI_C}\\)`,
    `https://www.linkedin.com/posts/someone_topic-activity-${LI}-Ab12?${comment(LI, LI_C)}`,
  ])('accepts %s and exposes the post as parent', (input) => {
    const result = accept('linkedin-comment', input);
    expect(result.key).toBe(`linkedin-comment:${LI_C}`);
    expect(result.parent).toBe(`linkedin-post:${LI}`);
    expect(new Date(result.time ?? 0).toISOString()).toBe('2026-03-10T10:05:00.123Z');
  });

  it('accepts a comment on a ugcPost', () => {
    const input = `https://www.linkedin.com/feed/update/urn:li:ugcPost:${LI2}?${comment(LI2, LI_C, 'ugcPost')}`;
    expect(accept('linkedin-comment', input).parent).toBe(`linkedin-post:${LI2}`);
  });

  it.each([
    `https://www.linkedin.com/feed/update/urn:li:activity:${LI}/`,
    `https://evil.example/feed/update/urn:li:activity:${LI}?${comment(LI, LI_C)}`,
    `https://www.linkedin.com.evil.example/feed/update/urn:li:activity:${LI}?${comment(LI, LI_C)}`,
    `https://www.linkedin.com/feed/update/urn:li:activity:${LI}#${comment(LI, LI_C)}`,
    `https://www.linkedin.com/feed/update/urn:li:activity:${LI}?${comment(LI, '12345')}`,
    `https://www.linkedin.com/feed/?${comment(LI, LI_C)}`,
  ])('refuses %s', (input) => {
    refuse('linkedin-comment', input, 'wrong-shape');
  });

  it('checks the comment time, not the post time', () => {
    const startedAt = Date.parse('2026-03-10T10:00:00Z'); // after the post, before the comment
    const input = EXAMPLES['linkedin-comment'];
    accept('linkedin-comment', input, { startedAt, now: startedAt + 3_600_000 });
    refuse('linkedin-post', `https://www.linkedin.com/feed/update/urn:li:activity:${LI}`, 'before-start', {
      startedAt,
      now: startedAt + 3_600_000,
    });
  });
});

describe('x-profile', () => {
  it.each([
    ['https://x.com/ClaireDubois', 'clairedubois'],
    ['https://twitter.com/claire_dubois/', 'claire_dubois'],
    ['https://mobile.twitter.com/ClaireDubois?lang=fr', 'clairedubois'],
    ['https://www.x.com/cd', 'cd'],
    ['http://x.com/ClaireDubois', 'clairedubois'],
    ['https://x.com/homebase', 'homebase'],
  ])('accepts %s', (input, handle) => {
    expect(accept('x-profile', input).key).toBe(`x-profile:${handle}`);
  });

  it.each([
    'https://x.com/home',
    'https://x.com/home?lang=fr',
    'https://x.com/Home',
    'https://x.com/explore',
    'https://x.com/i',
    'https://x.com/search?q=ceo',
    'https://twitter.com/settings/',
    'https://x.com/messages',
    'https://x.com/notifications',
    'https://x.com/compose/post',
    'https://x.com/intent/post?text=hi',
    `https://x.com/ClaireDubois/status/${XID}`,
    'https://x.com/ClaireDuboisDupont1',
    'https://x.com/claire-dubois',
    'https://x.com.evil.example/ClaireDubois',
    'https://notx.com/ClaireDubois',
    'https://x.co/ClaireDubois',
  ])('refuses %s', (input) => {
    refuse('x-profile', input, 'wrong-shape');
  });
});

describe('x-post', () => {
  it.each([
    `https://x.com/ClaireDubois/status/${XID}`,
    `https://twitter.com/ClaireDubois/status/${XID}?s=20&t=AbCdEf`,
    `https://x.com/i/web/status/${XID}`,
    `https://x.com/i/status/${XID}`,
    `https://mobile.twitter.com/ClaireDubois/statuses/${XID}`,
    `https://x.com/ClaireDubois/status/${XID}/photo/1`,
    `https://www.x.com/ClaireDubois/status/${XID}/`,
    `http://x.com/ClaireDubois/status/${XID}`,
  ])('accepts %s', (input) => {
    const result = accept('x-post', input);
    expect(result.key).toBe(`x-post:${XID}`);
    expect(new Date(result.time ?? 0).toISOString()).toBe('2026-03-10T11:20:00.321Z');
  });

  it('decodes the documented id 2074894566323544246 to 2026-07-08T16:33Z', () => {
    expect(new Date(xIdTime('2074894566323544246')).toISOString()).toMatch(/^2026-07-08T16:33/);
  });

  it.each([
    'https://x.com/ClaireDubois',
    'https://x.com/ClaireDubois/status/',
    'https://x.com/ClaireDubois/status/abc',
    'https://x.com/ClaireDubois/status/123456789012345678901',
    `https://x.com.evil.example/ClaireDubois/status/${XID}`,
    `https://x.com/ClaireDubois/likes/${XID}`,
    `https://x.com/ClaireDubois/status/${XID}/analytics`,
  ])('refuses %s', (input) => {
    refuse('x-post', input, 'wrong-shape');
  });

  it('refuses a pre-2026 short id on time, not shape', () => {
    const result = refuse('x-post', 'https://x.com/jack/status/20', 'before-start');
    expect(result.time).toBe(X_EPOCH_MS);
  });
});

describe('facebook-post', () => {
  it.each([
    [EXAMPLES['facebook-post'], 'pfbid02Xk7mQ9vLtR3sYbN8hJwE5cZdA1fGpU6oKiT4rMnB2yHql'],
    ['https://m.facebook.com/claire.dubois.ceo/posts/1234567890123456/', '1234567890123456'],
    ['https://www.facebook.com/share/p/1AbCdEfGhI/', '1AbCdEfGhI'],
    ['https://www.facebook.com/share/r/1XyZ9wVu8T/?mibextid=abc', '1XyZ9wVu8T'],
    ['https://www.facebook.com/share/v/15aBcD/', '15aBcD'],
    [
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0abcDEF123ghiJKL456mno&id=100064123456789',
      'pfbid0abcDEF123ghiJKL456mno',
    ],
    ['https://www.facebook.com/permalink.php?id=100064123456789&story_fbid=1234567890', '1234567890'],
    ['https://web.facebook.com/story.php?story_fbid=987654321&id=456&mibextid=xyz', '987654321'],
    ['https://www.facebook.com/reel/1234567890123456', '1234567890123456'],
    ['https://www.facebook.com/watch/?v=2345678901234567', '2345678901234567'],
    ['https://www.facebook.com/watch?v=2345678901234567&ref=share', '2345678901234567'],
    ['http://facebook.com/contoso/posts/42', '42'],
  ])('accepts %s', (input, id) => {
    expect(accept('facebook-post', input).key).toBe(`facebook-post:${id}`);
  });

  it.each([
    'https://www.facebook.com/claire.dubois.ceo',
    'https://www.facebook.com/profile.php?id=100064123456789',
    'https://www.facebook.com/permalink.php?story_fbid=1234567890',
    'https://www.facebook.com/groups/123456/posts/789012/',
    'https://www.facebook.com/claire/posts/pfbid0short',
    'https://www.facebook.com.evil.example/claire/posts/42',
    'https://fb.com/claire/posts/42',
    'https://www.facebook.com/share/p/',
  ])('refuses %s', (input) => {
    refuse('facebook-post', input, 'wrong-shape');
  });
});

describe('instagram-post', () => {
  it.each([
    ['https://www.instagram.com/p/DG4kT2xNq8R/', 'DG4kT2xNq8R'],
    ['https://instagram.com/reel/C9xYz12AbCd/?igsh=MWx0eHZ5', 'C9xYz12AbCd'],
    ['https://www.instagram.com/reels/C9xYz12AbCd/', 'C9xYz12AbCd'],
    ['https://www.instagram.com/claire.dubois/p/DG4kT2xNq8R/', 'DG4kT2xNq8R'],
    ['https://www.instagram.com/tv/B1abcDEF_-x/', 'B1abcDEF_-x'],
    ['http://www.instagram.com/p/DG4kT2xNq8R', 'DG4kT2xNq8R'],
  ])('accepts %s', (input, code) => {
    expect(accept('instagram-post', input).key).toBe(`instagram-post:${code}`);
  });

  it.each([
    'https://www.instagram.com/claire.dubois/',
    'https://www.instagram.com/p/abc/',
    'https://instagr.am/p/DG4kT2xNq8R',
    'https://www.instagram.com/stories/claire.dubois/3141592653589793238/',
    'https://www.instagram.com.evil.example/p/DG4kT2xNq8R/',
  ])('refuses %s', (input) => {
    refuse('instagram-post', input, 'wrong-shape');
  });
});

describe('youtube-video', () => {
  it.each([
    'https://www.youtube.com/watch?v=Xk3pR7mQ2aZ',
    'https://youtube.com/watch?v=Xk3pR7mQ2aZ&t=42s',
    'https://m.youtube.com/watch?feature=share&v=Xk3pR7mQ2aZ',
    'https://youtu.be/Xk3pR7mQ2aZ?si=AbCdEfGh',
    'https://youtu.be/Xk3pR7mQ2aZ',
    'https://www.youtube.com/shorts/Xk3pR7mQ2aZ',
    'https://www.youtube.com/live/Xk3pR7mQ2aZ?feature=shared',
    'http://youtu.be/Xk3pR7mQ2aZ',
  ])('accepts %s', (input) => {
    expect(accept('youtube-video', input).key).toBe('youtube-video:Xk3pR7mQ2aZ');
  });

  it.each([
    'https://www.youtube.com/watch?v=Xk3pR7mQ2a',
    'https://www.youtube.com/watch?v=Xk3pR7mQ2aZZ',
    'https://www.youtube.com/@ClaireDubois',
    'https://www.youtube.com/channel/UC1234567890abcdefghijkl',
    'https://youtube.com.evil.example/watch?v=Xk3pR7mQ2aZ',
    'https://www.youtube-nocookie.com/embed/Xk3pR7mQ2aZ',
    'https://music.youtube.com/watch?v=Xk3pR7mQ2aZ',
  ])('refuses %s', (input) => {
    refuse('youtube-video', input, 'wrong-shape');
  });
});

describe('viva-engage-thread and viva-engage-community', () => {
  const padded = b64url({ _type: 'Thread', id: '12345678901' }); // needs padding in standard base64
  it.each([
    [EXAMPLES['viva-engage-thread'], '3284756192'],
    [`https://engage.cloud.microsoft/main/threads/${THREAD_B64}`, '3284756192'],
    [`https://web.yammer.com/main/org/contoso.com/threads/${THREAD_B64}?trk_copy_link=V2`, '3284756192'],
    [`https://engage.cloud.microsoft/main/org/contoso.onmicrosoft.com/threads/${padded}=`, '12345678901'],
  ])('accepts thread %s', (input, id) => {
    expect(accept('viva-engage-thread', input).key).toBe(`viva-engage-thread:${id}`);
  });

  it.each([
    [EXAMPLES['viva-engage-community'], '148273645'],
    [`https://engage.cloud.microsoft/main/groups/${GROUP_B64}`, '148273645'],
    [`https://web.yammer.com/main/org/contoso.com/groups/${GROUP_B64}/about`, '148273645'],
  ])('accepts community %s', (input, id) => {
    expect(accept('viva-engage-community', input).key).toBe(`viva-engage-community:${id}`);
  });

  it('keys on the b64 when the JSON has no id', () => {
    const b64 = b64url({ _type: 'Thread' });
    const result = accept('viva-engage-thread', `https://engage.cloud.microsoft/main/threads/${b64}`);
    expect(result.key).toBe(`viva-engage-thread:${b64}`);
  });

  it.each([
    `https://engage.cloud.microsoft/main/org/contoso.com/groups/${GROUP_B64}`,
    `https://engage.cloud.microsoft/main/org/contoso.com/threads/${GROUP_B64}`,
    'https://engage.cloud.microsoft/main/org/contoso.com/threads',
    'https://engage.cloud.microsoft/main/feed',
    'https://engage.cloud.microsoft/main/threads/eyJub3QganNvbg',
    `https://engage.cloud.microsoft/main/threads/${b64url({ type: 'Thread', id: '1' })}`,
    `https://www.yammer.com/contoso.com/threads/1234567890`,
    `https://engage.cloud.microsoft.evil.example/main/threads/${THREAD_B64}`,
  ])('refuses as a thread: %s', (input) => {
    refuse('viva-engage-thread', input, 'wrong-shape');
  });

  it('refuses a thread as a community and http', () => {
    refuse('viva-engage-community', EXAMPLES['viva-engage-thread'], 'wrong-shape');
    refuse('viva-engage-community', `https://engage.cloud.microsoft/main/groups/${THREAD_B64}`, 'wrong-shape');
    refuse('viva-engage-thread', EXAMPLES['viva-engage-thread'].replace('https:', 'http:'), 'not-https');
    refuse('viva-engage-community', 'http://evil.example/main/groups', 'wrong-shape');
  });
});

describe('slack-message', () => {
  const pub: LinkCheckOptions = { ...WIDE, channel: 'public' };
  it.each([
    'https://contoso.slack.com/archives/C07QH3K2M9A/p1773150310250000',
    'https://contoso.enterprise.slack.com/archives/C07QH3K2M9A/p1773150310250000?thread_ts=1773150000.000100&cid=C07QH3K2M9A',
    'https://acme-corp-2.slack.com/archives/C07QH3K2M9A/p1773150310250000#reply',
  ])('accepts a public-channel message %s', (input) => {
    const result = accept('slack-message', input, pub);
    expect(result.key).toBe('slack-message:C07QH3K2M9A:1773150310.250000');
    expect(result.time).toBe(1773150310250);
  });

  it('accepts DMs and private channels when no channel is required', () => {
    accept('slack-message', 'https://contoso.slack.com/archives/D01ABCDEFGH/p1773150310250000');
    accept('slack-message', 'https://contoso.slack.com/archives/G01ABCDEFGH/p1773150310250000');
  });

  it('decodes the documented p1779009798720239 to 2026-05-17T09:23Z', () => {
    expect(new Date(slackTsTime('1779009798', '720239')).toISOString()).toMatch(/^2026-05-17T09:23/);
    const result = accept('slack-message', 'https://contoso.slack.com/archives/C07QH3K2M9A/p1779009798720239');
    expect(new Date(result.time ?? 0).toISOString()).toBe('2026-05-17T09:23:18.720Z');
  });

  it('refuses DMs and private channels when a public channel is required', () => {
    const dm = refuse(
      'slack-message',
      'https://contoso.slack.com/archives/D01ABCDEFGH/p1773150310250000',
      'not-public-channel',
      pub,
    );
    expect(dm.example).toBe(EXAMPLES['slack-message']);
    refuse(
      'slack-message',
      'https://contoso.slack.com/archives/G01ABCDEFGH/p1773150310250000',
      'not-public-channel',
      pub,
    );
  });

  it.each([
    ['http://contoso.slack.com/archives/C07QH3K2M9A/p1773150310250000', 'not-https'],
    ['http://evil.example/archives/C07QH3K2M9A/p1773150310250000', 'wrong-shape'],
    ['https://app.slack.com/client/T02AB3CD4EF/C07QH3K2M9A', 'wrong-shape'],
    ['https://contoso.slack.com/archives/C07QH3K2M9A/p177315031025000', 'wrong-shape'],
    ['https://contoso.slack.com/archives/C07QH3K2M9A/1773150310250000', 'wrong-shape'],
    ['https://contoso.slack.com/archives/C07QH3K/p1773150310250000', 'wrong-shape'],
    ['https://contoso.slack.com/archives/U07QH3K2M9A/p1773150310250000', 'wrong-shape'],
    ['https://contoso.slack.com.evil.example/archives/C07QH3K2M9A/p1773150310250000', 'wrong-shape'],
    ['https://contoso.slack.com/archives/C07QH3K2M9A', 'wrong-shape'],
  ] as const)('refuses %s as %s', (input, code) => {
    refuse('slack-message', input, code, pub);
  });
});

describe('slack-canvas', () => {
  it.each([
    'https://contoso.slack.com/docs/T02AB3CD4EF/F07RZ8Y6K1M',
    'https://contoso.enterprise.slack.com/docs/T02AB3CD4EF/F07RZ8Y6K1M/',
    'https://contoso.slack.com/docs/T02AB3CD4EF/F07RZ8Y6K1M?origin_team=T02AB3CD4EF',
  ])('accepts %s', (input) => {
    expect(accept('slack-canvas', input).key).toBe('slack-canvas:F07RZ8Y6K1M');
  });

  it.each([
    ['http://contoso.slack.com/docs/T02AB3CD4EF/F07RZ8Y6K1M', 'not-https'],
    ['https://contoso.slack.com/docs/T02AB3CD4EF/', 'wrong-shape'],
    ['https://contoso.slack.com/files/U01ABCDEF/F07RZ8Y6K1M/notes', 'wrong-shape'],
    ['https://contoso.slack.com.evil.example/docs/T02AB3CD4EF/F07RZ8Y6K1M', 'wrong-shape'],
  ] as const)('refuses %s as %s', (input, code) => {
    refuse('slack-canvas', input, code);
  });
});

describe('teams-message', () => {
  const CONV = '19:8f3a1c2e7b9d4e5fa6c0b1d2e3f4a5b6@thread.tacv2';
  it.each([
    `https://teams.microsoft.com/l/message/${CONV}/1773153000000`,
    `https://teams.microsoft.com/l/message/${CONV}/1773153000000?tenantId=3c5e9a1b-7d2f-4e8a-9b6c-1f0e2d3c4b5a&groupId=0a1b2c3d-0000-4000-8000-000000000001&parentMessageId=1773153000000&teamName=Leadership%20Team&channelName=General&createdTime=1773153000000`,
    `https://teams.cloud.microsoft/l/message/${CONV}/1773153000000?context=%7B%22contextType%22%3A%22chat%22%7D`,
  ])('accepts %s', (input) => {
    const result = accept('teams-message', input);
    expect(result.key).toBe(`teams-message:${CONV}:1773153000000`);
    expect(result.time).toBe(1773153000000);
  });

  it('accepts chat conversations', () => {
    accept('teams-message', 'https://teams.microsoft.com/l/message/19:a1b2c3_d4e5f6@unq.gbl.spaces/1773153000000');
    accept('teams-message', 'https://teams.microsoft.com/l/message/48:notes/1773153000000');
  });

  it('decodes the documented 1781589223792 to 2026-06-16T05:53Z', () => {
    const result = accept('teams-message', `https://teams.microsoft.com/l/message/${CONV}/1781589223792`);
    expect(new Date(result.time ?? 0).toISOString()).toMatch(/^2026-06-16T05:53/);
  });

  it.each([
    [`http://teams.microsoft.com/l/message/${CONV}/1773153000000`, 'not-https'],
    [`https://teams.live.com/l/message/${CONV}/1773153000000`, 'wrong-shape'],
    [`https://teams.microsoft.com/l/message/${CONV}/177315300000`, 'wrong-shape'],
    [`https://teams.microsoft.com/l/channel/${CONV}/General`, 'wrong-shape'],
    [`https://teams.microsoft.com/l/message/20:abc@thread.tacv2/1773153000000`, 'wrong-shape'],
    [`https://teams.microsoft.com.evil.example/l/message/${CONV}/1773153000000`, 'wrong-shape'],
  ] as const)('refuses %s as %s', (input, code) => {
    refuse('teams-message', input, code);
  });
});

describe('url', () => {
  it('accepts any https URL and keys on the normalised href', () => {
    expect(accept('url', 'HTTPS://Intranet.Example.COM').key).toBe('url:https://intranet.example.com/');
    expect(accept('url', 'https://intranet.example.com/news/charte-réseaux?x=1#top').key).toBe(
      'url:https://intranet.example.com/news/charte-r%C3%A9seaux?x=1#top',
    );
  });

  it('refuses http, non-web schemes and malformed input', () => {
    refuse('url', 'http://intranet.example.com/news', 'not-https');
    refuse('url', 'javascript:alert(1)', 'not-a-link');
    refuse('url', 'ftp://files.example.com/a', 'not-a-link');
    refuse('url', 'https://', 'not-a-link');
  });

  it('applies the lesson pattern', () => {
    const opts = { ...WIDE, pattern: String.raw`^https://intranet\.example\.com/news/` };
    accept('url', 'https://intranet.example.com/news/2026/charter', opts);
    const result = refuse('url', 'https://example.org/news/2026/charter', 'pattern-mismatch', opts);
    expect(result.example).toBeUndefined();
    refuse('url', 'http://intranet.example.com/news/2026/charter', 'not-https', opts);
  });

  it('throws on an invalid pattern, whatever the input', () => {
    expect(() => checkLink('url', '', { ...WIDE, pattern: '(' })).toThrow(/Invalid url pattern/);
    expect(() => compileUrlPattern('[a-')).toThrow(/Invalid url pattern/);
    expect(compileUrlPattern('^https://a\\-b\\.example/').test('https://a-b.example/')).toBe(true);
  });
});

describe('time window', () => {
  const startedAt = Date.parse('2026-04-02T08:30:00Z');
  const now = Date.parse('2026-04-02T09:00:00Z');
  const opts: LinkCheckOptions = { startedAt, now };

  const links: Record<string, (ms: number) => string> = {
    'linkedin-post': (ms) => `https://www.linkedin.com/feed/update/urn:li:activity:${BigInt(ms) << 22n}/`,
    'linkedin-comment': (ms) =>
      `https://www.linkedin.com/feed/update/urn:li:activity:${LI}?${comment(LI, String(BigInt(ms) << 22n))}`,
    'x-post': (ms) => `https://x.com/ClaireDubois/status/${(BigInt(ms) - BigInt(X_EPOCH_MS)) << 22n}`,
    'slack-message': (ms) =>
      `https://contoso.slack.com/archives/C07QH3K2M9A/p${Math.floor(ms / 1000)}${String((ms % 1000) * 1000).padStart(6, '0')}`,
    'teams-message': (ms) => `https://teams.microsoft.com/l/message/19:abc@thread.tacv2/${ms}`,
  };

  it('uses a five-minute skew', () => {
    expect(SKEW_MS).toBe(5 * 60 * 1000);
  });

  it.each(Object.keys(links))('%s: accepted exactly at start - 5 min and now + 5 min', (kind) => {
    const link = links[kind]!;
    expect(accept(kind as LinkKind, link(startedAt - SKEW_MS), opts).time).toBe(startedAt - SKEW_MS);
    expect(accept(kind as LinkKind, link(now + SKEW_MS), opts).time).toBe(now + SKEW_MS);
  });

  it.each(Object.keys(links))('%s: refused one ms before start - 5 min and one ms after now + 5 min', (kind) => {
    const link = links[kind]!;
    const early = refuse(kind as LinkKind, link(startedAt - SKEW_MS - 1), 'before-start', opts);
    expect(early).toMatchObject({ time: startedAt - SKEW_MS - 1, bound: startedAt });
    const late = refuse(kind as LinkKind, link(now + SKEW_MS + 1), 'in-future', opts);
    expect(late).toMatchObject({ time: now + SKEW_MS + 1, bound: now });
    refuse(kind as LinkKind, link(now + 86_400_000), 'in-future', opts);
  });

  it('ignores the clock for kinds whose links carry no time', () => {
    const never: LinkCheckOptions = { startedAt: Date.parse('2100-01-01T00:00:00Z'), now: 0 };
    for (const kind of [
      'linkedin-profile',
      'x-profile',
      'facebook-post',
      'instagram-post',
      'youtube-video',
      'viva-engage-thread',
      'viva-engage-community',
      'slack-canvas',
      'url',
    ] as const) {
      expect(accept(kind, EXAMPLES[kind], never).time).toBeUndefined();
    }
  });
});
