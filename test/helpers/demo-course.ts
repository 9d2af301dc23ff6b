/** Keystrokes that complete the fixture lesson demo-basics in a real terminal (test/fixtures/course). */
import type { TmuxSession } from './tmux.js';

/** Steps 1 to 3: read, quiz (B is the second choice), attest. */
export async function firstThreeSteps(s: TmuxSession): Promise<void> {
  await s.waitFor('Press Enter to continue');
  s.keys('Enter');
  await s.waitFor('Which letter is right?');
  s.keys('Down', 'Enter');
  await s.waitFor('B is the right one.');
  await s.waitFor('Have you done it?');
  s.keys('Enter');
  await s.waitFor('Step 4/6');
}

/** Steps 4 to 6: three lines of text (ended by Enter on two empty lines), two ticks, a reflection (Ctrl-D). */
export async function lastThreeSteps(s: TmuxSession): Promise<void> {
  await s.waitFor('Type your text');
  await s.waitFor('Enter on two empty lines, or Ctrl-D, to finish');
  for (const line of ['We listen first.', 'We answer within two days.', 'We thank the helpers.']) {
    s.type(line);
    s.keys('Enter');
    await s.waitFor(line);
  }
  // Enter on two empty lines ends the text (the first empty line was made by the last Enter).
  s.keys('Enter', 'Enter');
  await s.waitFor('Tick each item');
  s.keys('Space', 'Down', 'Space', 'Enter');
  await s.waitFor('What did you learn?');
  s.type('That the tools are easy.');
  await s.waitFor('That the tools are easy.');
  s.keys('C-d');
  await s.waitFor('Lesson complete: The basics');
}
