/**
 * `coach nudge` with the built binary, after the due date (its main use): a programme and
 * invitations made by the CLI, one learner enrolled who exports a record with nothing done, one
 * who completed (a record signed with their key), one who never sent anything, one without an
 * e-mail. The .eml files are read back with postal-mime.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile } from '../../src/core/sponsor/record.js';
import { learnerKey } from '../../src/core/sponsor/sign.js';
import { coach, tempHome } from '../helpers/cli.js';
import { lesson, rec } from '../robustness/hostile-corpus.js';

let hr: { home: string; cleanup(): void };
let learner: { home: string; cleanup(): void };
let dir: string;
const BASE = [
  'nudge',
  'records',
  '--program',
  'comex-2027.program.json',
  '--key',
  'comex-2027.key',
  '--learners',
  'learners.csv',
];

beforeAll(() => {
  hr = tempHome();
  learner = tempHome();
  dir = hr.home;
  // A due date in the past whatever today is: every learner who has not completed is late.
  const init = coach(
    [
      'program',
      'init',
      '--id',
      'comex-2027',
      '--title',
      'Comex 2027',
      '--due',
      '2026-01-31',
      '--allow-past',
      '--require',
      'security-lock-down,linkedin-first-post',
      '--sponsor',
      'DRH',
      '--sponsor-email',
      'drh@example.com',
      '--out',
      dir,
    ],
    { home: hr.home },
  );
  expect(init.code, init.stderr).toBe(0);
  writeFileSync(
    path.join(dir, 'learners.csv'),
    '\uFEFFid;name;email;lang\r\nceo-001;Claire Dubois;claire@example.com;fr\r\ncfo-002;Paul Martin;paul@example.com;\r\ncoo-003;Zoë Lefèvre;;fr\r\ncmo-004;Marc;marc@example.com;en\r\n',
  );
  const invite = coach(
    [
      'invite',
      '--program',
      'comex-2027.program.json',
      '--key',
      'comex-2027.key',
      '--learners',
      'learners.csv',
      '--out',
      'invitations',
    ],
    { home: hr.home, cwd: dir },
  );
  expect(invite.code, invite.stderr).toBe(0);
  mkdirSync(path.join(dir, 'records'));
  const enroll = coach(['enroll', path.join(dir, 'invitations', 'ceo-001.enrollment.json'), '--yes'], {
    home: learner.home,
  });
  expect(enroll.code, enroll.stderr).toBe(0);
  const exported = coach(['export', '--out', path.join(dir, 'records', 'ceo-001.json')], { home: learner.home });
  expect(exported.code, exported.stderr).toBe(0);
  const master = readFileSync(path.join(dir, 'comex-2027.key'), 'utf8').trim();
  const done = [lesson('security-lock-down', 'completed'), lesson('linkedin-first-post', 'completed')];
  writeFileSync(
    path.join(dir, 'records', 'cmo-004.json'),
    JSON.stringify(exportFile(rec('cmo-004', done, '2026-01-20T10:00:00.000Z'), learnerKey(master, 'cmo-004'))),
  );
});
afterAll(() => {
  hr.cleanup();
  learner.cleanup();
});

describe('coach nudge, built', { timeout: 60_000 }, () => {
  it('writes a valid .eml only for the late learners with an e-mail, and lists everyone', async () => {
    const r = coach([...BASE, '--out', 'reminders'], { home: hr.home, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'reminders')).sort()).toEqual(['ceo-001.eml', 'cfo-002.eml']);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'ceo-001\tclaire@example.com\tlate\treminders/ceo-001.eml',
      'cfo-002\tpaul@example.com\tlate\treminders/cfo-002.eml',
      'coo-003\t-\tlate\t- (no e-mail)',
      'cmo-004\tmarc@example.com\tnot needed\t-',
    ]);
    expect(r.stderr).toContain('2 reminders written to reminders');
    const claire = await PostalMime.parse(readFileSync(path.join(dir, 'reminders', 'ceo-001.eml')));
    expect(claire.to).toEqual([{ name: 'Claire Dubois', address: 'claire@example.com' }]);
    expect(claire.from).toEqual({ name: 'DRH', address: 'drh@example.com' });
    expect(claire.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(claire.subject).toMatch(
      /^Rappel\u00A0: Comex 2027 \(2\u00A0leçons restantes, échéance du 31 janvier 2026 passée\)$/,
    );
    expect(claire.text).toContain('l’échéance était le 31 janvier 2026, il y a ');
    expect(claire.text).toContain('  coach start security-lock-down\n');
    const paul = await PostalMime.parse(readFileSync(path.join(dir, 'reminders', 'cfo-002.eml')));
    expect(paul.subject).toBe('Reminder: Comex 2027 (was due 31 January 2026)');
    expect(paul.text).toMatch(/it was due on 31 January 2026, \d+ days ago\. Your progress has not reached us yet\.\n/);
    expect(paul.text).toContain('The required lessons:');
    expect(paul.text).toContain('  coach start\n'); // no record: the coach itself knows what is left
    expect(paul.text).toContain('run `coach export` now');
  });

  it('--json for other tools, and --lang fr after the command changes the language of learners without one', async () => {
    const r = coach([...BASE, '--out', 'reminders', '--json', '--lang', 'fr'], { home: hr.home, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(
      data.written.map((w: { learner: string; lang: string; replaced: boolean }) => [w.learner, w.lang, w.replaced]),
    ).toEqual([
      ['ceo-001', 'fr', true],
      ['cfo-002', 'fr', true],
    ]);
    expect(data.skipped).toEqual([
      { learner: 'coo-003', email: null, reason: 'no-email', remind: 'late' },
      { learner: 'cmo-004', email: 'marc@example.com', reason: 'not-needed', remind: null },
    ]);
    const paul = await PostalMime.parse(readFileSync(path.join(dir, 'reminders', 'cfo-002.eml')));
    expect(paul.text).toContain('Bonjour Paul Martin,');
    expect(r.stderr).toContain('remplacent le rappel du même participant');
  });
});

describe('coach nudge, built: bad input', { timeout: 60_000 }, () => {
  it('bad input exits 2 and says what to do: no e-mail column, a missing flag', () => {
    writeFileSync(path.join(dir, 'no-email.csv'), 'id,name\nceo-001,Claire\n');
    const noEmail = coach(
      [
        'nudge',
        '--program',
        'comex-2027.program.json',
        '--key',
        'comex-2027.key',
        '--learners',
        'no-email.csv',
        '--out',
        'other',
      ],
      { home: hr.home, cwd: dir },
    );
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toContain('No e-mail address in the roster');
    expect(noEmail.stderr).toContain('Add an "email" column');
    const noOut = coach(BASE, { home: hr.home, cwd: dir });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out is needed here, e.g. --out reminders/');
    expect(readdirSync(dir)).not.toContain('other');
  });
});
