import { describe, expect, it } from 'vitest';
import { acceptDistinct } from '../../../src/core/evidence/count.js';
import { checkLink, EXAMPLES } from '../../../src/core/evidence/links.js';
import type { AcceptedLink } from '../../../src/core/evidence/types.js';

const item = (key: string, parent?: string): AcceptedLink =>
  parent === undefined
    ? { ok: true, kind: 'linkedin-comment', key }
    : { ok: true, kind: 'linkedin-comment', key, parent };

describe('acceptDistinct', () => {
  it('accepts the first item and new keys', () => {
    expect(acceptDistinct([], item('a'))).toBe('ok');
    expect(acceptDistinct([item('a')], item('b'))).toBe('ok');
  });

  it('refuses a key already accepted', () => {
    expect(acceptDistinct([item('a'), item('b')], item('b'))).toBe('duplicate');
    expect(acceptDistinct([item('a', 'p1')], item('a', 'p2'), { distinctParent: true })).toBe('duplicate');
  });

  it('ignores parents unless asked', () => {
    expect(acceptDistinct([item('a', 'p1')], item('b', 'p1'))).toBe('ok');
    expect(acceptDistinct([item('a', 'p1')], item('b', 'p1'), { distinctParent: false })).toBe('ok');
  });

  it('refuses a second item on the same parent when distinct parents are required', () => {
    expect(acceptDistinct([item('a', 'p1')], item('b', 'p1'), { distinctParent: true })).toBe('duplicate-parent');
    expect(acceptDistinct([item('a', 'p1')], item('b', 'p2'), { distinctParent: true })).toBe('ok');
  });

  it('never clashes on an unknown parent', () => {
    expect(acceptDistinct([item('a')], item('b'), { distinctParent: true })).toBe('ok');
    expect(acceptDistinct([item('a', 'p1')], item('b'), { distinctParent: true })).toBe('ok');
  });

  it('works on real links: three comments on three posts, the same comment pasted twice', () => {
    const opts = { startedAt: Date.parse('2026-03-10T08:00:00Z'), now: Date.parse('2026-03-12T08:00:00Z') };
    const link = (post: string, id: string): AcceptedLink => {
      const r = checkLink(
        'linkedin-comment',
        `https://www.linkedin.com/feed/update/urn:li:activity:${post}?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A${post}%2C${id}%29`,
        opts,
      );
      if (!r.ok) throw new Error(r.code);
      return r;
    };
    const first = link('7437062838177420935', '7437076031595533959');
    const samePost = link('7437062838177420935', '7437076031595533960');
    const otherPost = link('7437497558631634567', '7437497558631634999');
    expect(acceptDistinct([first], samePost, { distinctParent: true })).toBe('duplicate-parent');
    expect(acceptDistinct([first], otherPost, { distinctParent: true })).toBe('ok');
    const again = checkLink('linkedin-comment', `"${EXAMPLES['linkedin-comment']}"`, opts) as AcceptedLink;
    expect(acceptDistinct([first], again)).toBe('duplicate');
  });
});
