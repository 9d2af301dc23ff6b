/**
 * The coach at any width, in a real terminal (tmux): across every prompt of three bundled lessons
 * at 60, 80 and 120 columns, no word is broken at the edge of the screen; a resize during a step
 * draws the step again at the new width; and the first-run, track and notes paths a learner meets.
 */
import stringWidth from 'string-width';
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

function open(args: string[], width = 100): TmuxSession {
  const s = new TmuxSession(args, { home, width, height: 50 });
  sessions.push(s);
  return s;
}

/**
 * Rows where a word runs into the right edge and goes on at the start of the next row: the row
 * fills the width, ends with a letter, and the next row begins with one. Links are left aside
 * (an address longer than the screen has to break somewhere).
 */
function brokenWords(rows: readonly string[], width: number): string[] {
  const broken: string[] = [];
  rows.forEach((row, i) => {
    const next = rows[i + 1] ?? '';
    if (stringWidth(row) >= width && /\p{L}$/u.test(row) && /^\p{L}/u.test(next) && !/https?:\/\//.test(row))
      broken.push(`${row}⏎${next}`);
  });
  return broken;
}

/** What waits for the learner now, read from the last line on screen. */
function waiting(s: TmuxSession): 'editor' | 'checkbox' | 'select' | 'pause' | undefined {
  const last = s.screen().trimEnd().split('\n').at(-1) ?? '';
  if (/Enter on two empty lines|Entrée sur deux lignes vides/.test(last)) return 'editor';
  if (/space|espace/.test(last) && /⏎|↑↓/.test(last)) return 'checkbox';
  if (/↑↓|⏎/.test(last)) return 'select';
  if (/Press Enter to continue|Appuyez sur Entrée/.test(last)) return 'pause';
  return undefined;
}

/**
 * Goes through a lesson as a learner would, checking the screen at every prompt: pages are read,
 * texts written, every box ticked, the first choice taken (a wrong quiz answer twice, at worst),
 * and a task that needs a link is left for later. Returns how many prompts were checked.
 */
async function walk(s: TmuxSession, width: number, problems: string[]): Promise<number> {
  let prompts = 0;
  for (let guard = 0; guard < 60 && s.exited() === undefined; guard++) {
    const kind = await waitForPrompt(s);
    if (!kind) break;
    prompts++;
    for (const b of brokenWords(s.rows(), width)) problems.push(`${width} columns, prompt ${prompts}: ${b}`);
    const screen = s.screen();
    if (kind === 'editor') {
      s.type('A first note, short and private.');
      s.keys('C-d');
    } else if (kind === 'checkbox') s.keys('a', 'Enter');
    else if (
      kind === 'select' &&
      /How do you want to record this\?|Comment voulez-vous l/.test(screen.slice(screen.lastIndexOf('?')))
    )
      s.keys('Up', 'Enter');
    else s.keys('Enter');
    await waitForChange(s, screen);
  }
  return prompts;
}

async function waitForPrompt(s: TmuxSession): Promise<ReturnType<typeof waiting>> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (s.exited() !== undefined) return undefined;
    const kind = waiting(s);
    if (kind) return kind;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no prompt came; screen:\n${s.screen()}`);
}

async function waitForChange(s: TmuxSession, before: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && s.screen() === before && s.exited() === undefined)
    await new Promise((r) => setTimeout(r, 30));
}

describe('no word broken, at any width', { timeout: 240_000 }, () => {
  it('the check itself sees a word cut at the edge (as Inquirer cut "coach c|onfig" at 80 columns before)', () => {
    expect(brokenWords(['? Which network? (change it with `coach c', 'onfig network`)'], 40)).toHaveLength(1);
    expect(brokenWords(['? Which network? (change it with', '`coach config network`)'], 40)).toEqual([]);
  });

  const LESSONS: [string, 'en' | 'fr'][] = [
    ['security-lock-down', 'en'],
    ['internal-network-join', 'fr'],
    ['x-listen', 'en'],
  ];
  for (const width of [60, 80, 120]) {
    it(`${width} columns: every prompt of ${LESSONS.map(([id, lang]) => `${id} (${lang})`).join(', ')}`, async () => {
      expect(coach(['config', 'network', 'slack'], { home }).code).toBe(0);
      const problems: string[] = [];
      let prompts = 0;
      for (const [id, lang] of LESSONS) {
        const s = open(['start', id, '--lang', lang], width);
        prompts += await walk(s, width, problems);
        expect(await s.exitCode(), id).toBe(0);
      }
      expect(problems).toEqual([]);
      expect(prompts).toBeGreaterThanOrEqual(15);
    });
  }

  it('a resize during a step draws the step again at the new width, words whole', async () => {
    const s = open(['start', 'security-lock-down'], 110);
    await s.waitFor('Press Enter to continue');
    s.resize(62);
    await expect
      .poll(
        () =>
          brokenWords(s.rows(), 62).length === 0 &&
          s.rows().filter((r) => r.includes('Why this lesson comes first')).length > 0,
        { timeout: 20_000 },
      )
      .toBe(true);
    // The step was drawn again after the screen was cleared: its title is on screen once, the prompt still waits.
    expect(s.screen().split('Why this lesson comes first').length - 1).toBe(1);
    expect(waiting(s)).toBe('pause');
    s.keys('Enter');
    await s.waitFor('My LinkedIn account has a passkey');
  });
});

describe('paths a learner meets', { timeout: 120_000 }, () => {
  it('the first run: a welcome, language and network asked once, then the first lesson', async () => {
    const s = open([]);
    await s.waitFor('Welcome to exec-coach.');
    expect(s.screen()).toContain('stays on this computer');
    await s.waitFor('Which language for the coach and the lessons?');
    s.keys('Down', 'Enter'); // Français
    await s.waitFor('Quel réseau interne');
    s.keys('Enter');
    await s.waitFor('Votre première leçon commence.');
    await s.waitFor('Étape 1/');
    expect(JSON.parse(coach(['config', '--json'], { home }).stdout)).toEqual({ lang: 'fr', network: 'viva-engage' });
  });

  it('coach start linkedin: the next lesson of that track, and the lesson it builds on offered first', async () => {
    const s = open(['start', 'linkedin']);
    await s.waitFor('This lesson builds on “Lock down your accounts”');
    // Keys only once the prompt is drawn (it listens from then on), not at the sentence before it.
    await s.waitFor('navigate');
    s.keys('Down', 'Enter'); // go on
    // The lesson's title is drawn before its first step: wait for the step, not the title.
    await s.waitFor('Step 1/');
    expect(s.screen()).toContain('Headline and About');
  });

  it('coach notes after a lesson: the reflection, by lesson and date; nothing in the record for the sponsor', async () => {
    expect(coach(['config', 'network', 'slack'], { home }).code).toBe(0);
    const s = open(['start', 'x-listen'], 100);
    const problems: string[] = [];
    await walk(s, 100, problems);
    expect(await s.exitCode()).toBe(0);
    const notes = coach(['notes'], { home });
    expect(notes.code).toBe(0);
    expect(notes.stdout).toContain('Listen');
    expect(notes.stdout).toContain('A first note, short and private.');
    const md = coach(['notes', 'x-listen', '--format', 'md'], { home });
    expect(md.stdout).toMatch(/^# Your notes\n\n## Listen\n\n### .* · reflection · /);
    const record = coach(['export', '--out', '-'], { home });
    expect(record.stdout).not.toContain('A first note');
  });
});
