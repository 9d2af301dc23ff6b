/** The writing coach's rules, with examples in both languages, and their words on screen. */
import { describe, expect, it } from 'vitest';
import { feedbackOn, measure, suggestionFor } from '../../../src/core/evidence/feedback.js';
import { en } from '../../../src/i18n/en.js';
import { fr } from '../../../src/i18n/fr.js';
import { feedbackLines } from '../../../src/render/feedback.js';
import { plainStyle } from '../../../src/render/style.js';

describe('suggestionFor: one suggestion, the most important first', () => {
  it('inside information comes first, when the task asks to watch for it', () => {
    expect(suggestionFor('I am happy to share our Q3 results ahead of the release.', 'linkedin', true)).toMatchObject({
      code: 'inside-information',
    });
    expect(suggestionFor('Ravi de vous annoncer nos résultats avant la publication.', 'linkedin', true)).toMatchObject({
      code: 'inside-information',
    });
    expect(suggestionFor('I am happy to share our Q3 results ahead of the release.', 'linkedin', false)).toMatchObject({
      code: 'opener',
    });
  });

  it('an opening that says nothing yet, in English and French, typed with either apostrophe', () => {
    for (const text of [
      "I'm thrilled to share that our Lyon site opens. What do you think?",
      'Ravi de vous présenter notre nouvelle équipe. Qu’en pensez-vous ?',
      'J’ai le plaisir de vous dire que… Votre avis ?',
      "J'ai le plaisir de vous dire que… Votre avis ?",
    ]) {
      expect(suggestionFor(text, 'linkedin', false), text).toMatchObject({ code: 'opener' });
    }
    expect(
      suggestionFor('Our Lyon apprentices asked a fair question. What would you change?', 'linkedin', false),
    ).toBeUndefined();
  });

  it('a first line longer than the feed shows (LinkedIn and others, not X, where the whole post is one line)', () => {
    const long = `${'Our apprentices in Lyon asked why we still print every safety checklist, '.repeat(3)}\n\nWhat do you think?`;
    expect(suggestionFor(long, 'linkedin', false)).toMatchObject({ code: 'first-line-long', limit: 150 });
    expect(suggestionFor(long, 'x', false)).toBeUndefined();
  });

  it('no question or call to reply in the last paragraph; a call in either language counts', () => {
    expect(suggestionFor('Tablets from Monday.', 'x', false)).toEqual({ code: 'no-question' });
    expect(suggestionFor('Tablets from Monday. Tell me how it goes for you.', 'x', false)).toBeUndefined();
    expect(suggestionFor('Des tablettes dès lundi. Dites-moi ce que vous en pensez.', 'x', false)).toBeUndefined();
    expect(suggestionFor('Des tablettes dès lundi ?\n\nMerci à toute l’équipe.', 'x', false)).toEqual({
      code: 'no-question',
    });
  });
});

describe('measure and the feed preview', () => {
  it('counts as each platform counts: X weighted (a link is 23), LinkedIn up to 3,000 characters', () => {
    expect(measure('Voir https://example.com/a/very/long/path/that/goes/on?', 'x')).toEqual({
      length: 29,
      limit: 280,
      unit: 'x',
    }); // 'Voir ' 5 + the link 23 + '?' 1
    expect(measure('é'.repeat(10), 'linkedin')).toEqual({ length: 10, limit: 3000, unit: 'chars' });
    expect(measure('abc', 'other')).toEqual({ length: 3, limit: undefined, unit: 'chars' });
  });

  it('previews what LinkedIn shows before "see more": about 210 characters, three lines at most', () => {
    const text = `${'A'.repeat(300)}\nSecond line?`;
    const f = feedbackOn(text, 'linkedin');
    expect([...f.preview!.shown].length).toBe(210);
    expect(f.preview!.more).toBe(true);
    expect(feedbackOn('Short post. Any thoughts?', 'linkedin').preview).toEqual({
      shown: 'Short post. Any thoughts?',
      more: false,
    });
  });

  it('says it in the learner’s words, one suggestion, no jargon', () => {
    const f = feedbackOn('Ravi de vous annoncer notre arrivée à Lyon.', 'linkedin');
    const lines = feedbackLines(fr, f, plainStyle).join('\n');
    expect(lines).toContain('Ce que le fil affiche avant «\u00a0…voir plus\u00a0»\u00a0:');
    expect(lines).toContain('Votre première ligne commence par «\u00a0Ravi de\u00a0»');
    const x = feedbackLines(en, feedbackOn('Tablets from Monday.', 'x'), plainStyle).join('\n');
    expect(x).toBe(
      '20/280, as X counts them\nEnd with a question or an invitation to reply: a post that asks gets answers.',
    );
    expect(x).not.toMatch(/transformedURLLength|weighted/);
  });
});
