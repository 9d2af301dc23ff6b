/**
 * Writing and feedback in a real terminal (tmux), as an executive meets them in `x-first-post`:
 * a three-paragraph paste kept whole, a refused text given back for editing, an empty text that
 * asks, the writing coach's suggestion, the draft handed back at the step that publishes it (and
 * on the clipboard, OSC 52), shown again on resume, and a wrong quiz answer marked wrong with the
 * explanation only after the second try, in English and in French.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach, tempHome } from '../helpers/cli.js';
import { TmuxSession } from '../helpers/tmux.js';

let home: string;
let cleanup: () => void;
const sessions: TmuxSession[] = [];
beforeEach(() => ({ home, cleanup } = tempHome()));
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
  cleanup();
});

function open(args: string[], opts: { width?: number; lang?: string } = {}): TmuxSession {
  const s = new TmuxSession(args, {
    home,
    width: opts.width ?? 100,
    height: 50,
    ...(opts.lang && { env: { LANG: opts.lang } }),
  });
  sessions.push(s);
  return s;
}

const POST =
  'Spent the morning with our Lyon apprentices.\n\nTheir question: why do we still print safety checklists?\n\nFair point. Tablets from Monday.';

/** Gets x-first-post to its writing step (step 2), going on without the prerequisite. */
async function toWriting(s: TmuxSession, fr = false): Promise<void> {
  await s.waitFor(fr ? 'La faire d’abord' : 'Do it first?');
  s.keys('Down', 'Enter');
  await s.waitFor(fr ? 'Appuyez sur Entrée pour continuer' : 'Press Enter to continue');
  s.keys('Enter');
  await s.waitFor(
    fr ? 'Entrée sur deux lignes vides, ou Ctrl-D, pour terminer' : 'Enter on two empty lines, or Ctrl-D, to finish',
  );
}

/** The editor's rows of text (after the gutter), from the last editor on screen. */
function editorText(s: TmuxSession): string {
  const screen = s.screen();
  const at = screen.lastIndexOf('Your post, 280 weighted characters at most');
  return screen
    .slice(at)
    .split('\n')
    .filter((l) => l.startsWith('  │'))
    .map((l) => l.slice(4).trimEnd())
    .join('\n');
}

/** Waits until an editor is open and waiting: its line about how to finish is the last thing on screen. */
async function editorOpen(s: TmuxSession): Promise<void> {
  await expect
    .poll(() => s.screen().trimEnd().split('\n').at(-1) ?? '', { timeout: 30_000, interval: 50 })
    .toMatch(/Enter on two empty lines, or Ctrl-D, to finish|Entrée sur deux lignes vides, ou Ctrl-D, pour terminer/);
}

describe('writing a post in a real terminal', { timeout: 120_000 }, () => {
  it('a three-paragraph paste arrives whole; the coach suggests an ending; editing keeps the text; the draft comes back, copied, and again on resume', async () => {
    const s = open(['start', 'x-first-post']);
    s.allowClipboard();
    await toWriting(s);
    s.paste(POST);
    await s.waitFor('Fair point. Tablets from Monday.');
    expect(editorText(s)).toBe(POST);
    s.keys('C-d');
    // One specific suggestion, not blocking: keep, or edit.
    await s.waitFor('End with a question or an invitation to reply');
    await s.waitFor('Keep this text, or edit it first?');
    s.keys('Down', 'Enter');
    await editorOpen(s);
    expect(editorText(s)).toBe(POST); // back for editing, nothing to retype
    s.type(' What would you change?');
    await s.waitFor('What would you change?');
    s.keys('C-d');
    // Step 3 hands the draft back, plainly, and puts it on the clipboard.
    await s.waitFor('Your text from step 2, ready to copy:');
    const handed = s.screen();
    expect(handed).toContain(`${POST} What would you change?`.split('\n').at(-1));
    expect(handed).toContain('If nothing was copied, the text above is your draft.');
    await expect.poll(() => s.clipboard(), { timeout: 10_000 }).toBe(`${POST} What would you change?`);
    await s.waitFor('How do you want to record this?');
    s.keys('Down', 'Down', 'Enter'); // later
    await s.waitFor('Progress saved.');
    expect(await s.exitCode()).toBe(0);

    const again = open(['start', 'x-first-post']);
    await again.waitFor('resuming at step 3 of 5');
    await again.waitFor('Your text from step 2, ready to copy:');
    expect(again.screen()).toContain('Their question: why do we still print safety checklists?');
    await again.waitFor('keep the text from step 2 as a draft');
  });

  it('a text over the limit is refused and comes back in the editor; an empty text asks what to do', async () => {
    const s = open(['start', 'x-first-post']);
    await toWriting(s);
    s.keys('C-d'); // nothing written
    await s.waitFor('Nothing is written yet. What would you like to do?');
    s.keys('Enter'); // write it now
    await editorOpen(s);
    const long = `${'Our apprentices asked a fair question about printed checklists. '.repeat(5)}Tablets from Monday?`;
    s.paste(long);
    await s.waitFor(/\d+\/280, as X counts them/);
    s.keys('C-d');
    await s.waitFor('Too long:');
    await s.waitFor('Your text is back in the editor');
    await editorOpen(s);
    expect(editorText(s).replace(/\n/g, ' ')).toContain(long.slice(0, 60));
  });
});

describe('a quiz in a real terminal', { timeout: 120_000 }, () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`a wrong answer is marked wrong with a hint; the explanation comes after the second try (${lang})`, async () => {
      // security-lock-down, step 4: the answer is C (the passkey first); A and B are wrong.
      const s = open(['start', 'security-lock-down', '--lang', lang]);
      const w =
        lang === 'en'
          ? {
              enter: 'Press Enter to continue',
              attest: 'My LinkedIn account has a passkey',
              quiz: 'Which do you set up first?',
              wrong: '✘ Not quite.',
              again: 'One more try.',
              answer: 'The answer: C.',
              explain: 'A passkey has nothing to type',
            }
          : {
              enter: 'Appuyez sur Entrée pour continuer',
              attest: 'Mon compte LinkedIn a une clé d’accès',
              quiz: 'Votre compte propose une clé',
              wrong: '✘ Pas tout à fait.',
              again: 'Encore un essai.',
              answer: 'La réponse\u00a0: C.',
              explain: 'Une clé d’accès ne se saisit pas',
            };
      await s.waitFor(w.enter);
      s.keys('Enter');
      // Steps 2 and 3: confirm, then tick every box.
      await s.waitFor(w.attest);
      s.keys('Enter');
      // The checkbox's own line: step 1's text already holds "space" in French ("Espace Comptes"),
      // and keys sent before the checkbox is drawn are lost.
      await s.waitFor(/space to tick|espace pour cocher/);
      s.keys('a', 'Enter');
      await s.waitFor(w.quiz);
      s.keys('Enter'); // A: wrong
      await s.waitFor(w.again);
      const afterFirst = s.screen();
      expect(afterFirst).toContain(w.wrong);
      expect(afterFirst.slice(afterFirst.lastIndexOf(w.quiz))).not.toContain(w.explain);
      s.keys('Down', 'Enter'); // B: wrong again
      await s.waitFor(w.answer);
      const after = s.screen();
      expect(after.indexOf(w.explain, after.lastIndexOf(w.answer))).toBeGreaterThan(0);
    });
  }

  it('a French confirmation takes French keys: (o/N)', async () => {
    expect(coach(['config', 'lang', 'fr'], { home }).code).toBe(0);
    const s = open(['start', 'security-lock-down']);
    await s.waitFor('Appuyez sur Entrée pour continuer');
    s.keys('C-c');
    await s.exitCode();
    const reset = open(['reset', 'security-lock-down']);
    await reset.waitFor('(o/N)');
    reset.type('o');
    reset.keys('Enter');
    await reset.waitFor('leçon recommencée');
    expect(await reset.exitCode()).toBe(0);
  });
});
