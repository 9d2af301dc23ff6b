/** A reminder's words: each case of the facts picks its sentences (the .eml around them is tested in eml.test.ts). */
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../src/core/sponsor/nudge.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { reminderText } from '../../src/render/nudge-mail.js';

const base: Reminder = {
  learnerId: 'emp-1',
  name: null,
  to: 'a@example.com',
  lang: 'en',
  langFrom: 'roster',
  reason: 'not-started',
  hasRecord: true,
  program: { title: 'Comex', due: '2027-06-01' },
  daysLate: null,
  remaining: [{ id: 'a-lesson', title: 'A lesson' }],
  command: 'coach start a-lesson',
  reports: 'export',
  from: {},
};

describe('reminderText', () => {
  it('without a name: a plain greeting; without a sponsor name: no signature line', () => {
    const { body } = reminderText(base, en.nudge.mail);
    expect(body.startsWith('Hello,\n')).toBe(true);
    expect(body.endsWith('Thank you,')).toBe(true);
  });

  it('a programme reporting to a learning record store: no file to send, coach sync', () => {
    expect(reminderText({ ...base, reports: 'lrs' }, en.nudge.mail).body).toContain(
      'Your progress reaches us by itself after each lesson (or with `coach sync`).',
    );
    const none = reminderText({ ...base, reports: 'lrs', hasRecord: false, reason: 'no-record' }, en.nudge.mail).body;
    expect(none).toContain('run `coach sync` so that your progress reaches us');
    expect(none).not.toContain('coach export');
    expect(none).toContain('To begin, or to go on, open a terminal and run:\n');
  });

  it('French: the first of the month is "1er", one day late is singular', () => {
    const { subject, body } = reminderText({ ...base, lang: 'fr', reason: 'late', daysLate: 1 }, fr.nudge.mail);
    expect(subject).toBe('Rappel\u00A0: Comex (1\u00A0leçon restante, échéance du 1er juin 2027 passée)');
    expect(body).toContain('l’échéance était le 1er juin 2027, il y a 1\u00A0jour.');
    expect(body).toContain('Il vous reste 1\u00A0leçon obligatoire\u00A0:');
  });

  it('names and titles from outside lose control and bidi characters', () => {
    const { body } = reminderText(
      { ...base, name: 'Bob\u202Egnp.exe', remaining: [{ id: 'x', title: 'T\u001B[31mred' }] },
      en.nudge.mail,
    );
    expect(body).toContain('Hello Bobgnp.exe,');
    expect(body).toContain('  - Tred');
  });
});
