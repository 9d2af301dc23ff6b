/**
 * `coach nudge`, in-process with real files: a programme and key made by `coach program init`,
 * signed records for some learners, a roster with e-mails and languages. Every .eml written is
 * read back with an independent MIME parser (postal-mime): headers, encodings, text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { run as nudge, type NudgeOptions } from '../../src/commands/nudge/run.js';
import { run as programInit } from '../../src/commands/program/init.js';
import { exportFile } from '../../src/core/sponsor/record.js';
import { learnerKey } from '../../src/core/sponsor/sign.js';
import type { TestContext } from '../helpers/context.js';
import { scoped } from '../helpers/scoped.js';
import { lesson, rec } from '../robustness/hostile-corpus.js';

const { context } = scoped();
const ROSTER = [
  'id,name,email,department,lang',
  'ceo-001,Claire Dubois,claire@example.com,Direction,fr', // completed: no reminder
  'cfo-002,Paul Martin,paul@example.com,Finance,', // in progress: a reminder only once late
  'coo-003,Zoë Lefèvre,zoe@example.com,Ops,fr', // record with nothing done: not started
  'cmo-004,"Dupont, Jean ""JD""",jd@example.com,Marketing,en', // no record; a name with a comma and quotes
  'cto-005,Ada Lovelace,,Tech,', // no record, no e-mail
  'cio-006,Eve,"eve,bcc@evil.example",IT,', // an address a header cannot carry
].join('\n');
const DAY = 86_400_000;

/** HR's folder: programme and key from `coach program init`, the roster, and three signed records. */
async function hrFolder(c: TestContext, extra: { sponsorEmail?: string; roster?: string } = {}): Promise<void> {
  const made = await programInit(c, {
    id: 'comex-2027',
    title: 'Comex 2027',
    due: '2026-12-15',
    require: ['security-lock-down,linkedin-first-post'],
    sponsor: 'Direction des RH',
    ...(extra.sponsorEmail !== '' && { sponsorEmail: extra.sponsorEmail ?? 'drh@example.com' }),
  });
  const master = readFileSync(made.keyFile, 'utf8').trim();
  writeFileSync(path.join(c.home, 'learners.csv'), extra.roster ?? ROSTER);
  mkdirSync(path.join(c.home, 'records'));
  const records = {
    'ceo-001': [lesson('security-lock-down', 'completed'), lesson('linkedin-first-post', 'completed')],
    'cfo-002': [lesson('security-lock-down', 'completed'), lesson('linkedin-first-post', 'in-progress')],
    'coo-003': [],
  };
  for (const [id, lessons] of Object.entries(records)) {
    const file = exportFile(rec(id, lessons, '2026-11-20T10:00:00.000Z'), learnerKey(master, id));
    writeFileSync(path.join(c.home, 'records', `${id}.json`), JSON.stringify(file));
  }
}

const OPTS: NudgeOptions = {
  paths: ['records'],
  program: 'comex-2027.program.json',
  key: 'comex-2027.key',
  learners: 'learners.csv',
  out: 'reminders',
};

async function parse(c: TestContext, id: string) {
  const raw = readFileSync(path.join(c.home, 'reminders', `${id}.eml`));
  return { raw: raw.toString('utf8'), mail: await PostalMime.parse(raw) };
}
/** A lesson's title in the catalogue: the reminder must show the same words as the coach. */
async function title(c: TestContext, id: string, lang: 'en' | 'fr'): Promise<string> {
  return (await c.catalog()).lessons.find((l) => l.id === id)!.docs[lang]!.title;
}
const emlFiles = (c: TestContext) => readdirSync(path.join(c.home, 'reminders')).sort();

describe('coach nudge: who gets a file', () => {
  it('before the due date: the not-started and no-record learners with a usable e-mail only', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    const result = await nudge(c, OPTS);
    expect(emlFiles(c)).toEqual(['cmo-004.eml', 'coo-003.eml']);
    expect(result.written.map((w) => [w.learner, w.reason, w.lang])).toEqual([
      ['coo-003', 'not-started', 'fr'],
      ['cmo-004', 'no-record', 'en'],
    ]);
    expect(Object.fromEntries(result.skipped.map((s) => [s.learner, s.reason]))).toEqual({
      'ceo-001': 'not-needed',
      'cfo-002': 'not-needed',
      'cto-005': 'no-email',
      'cio-006': 'bad-email',
    });
    expect(c.stdout.text).toContain('cto-005\t-\tno record\t- (no e-mail)');
    expect(c.stderr.text).toContain('2 reminders written to reminders');
    expect(c.stderr.text).toContain('2 learners need a reminder but have no usable e-mail address');
    expect(statSync(path.join(c.home, 'reminders', 'coo-003.eml')).mode & 0o777).toBe(0o600);
  });

  it('after the due date (its main use): the learner in progress is late and gets one too; the one who completed never does', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    c.clock.now = Date.parse('2026-12-20T09:00:00Z');
    const result = await nudge(c, OPTS);
    expect(emlFiles(c)).toEqual(['cfo-002.eml', 'cmo-004.eml', 'coo-003.eml']);
    expect(result.written.every((w) => w.reason === 'late')).toBe(true);
    const { mail } = await parse(c, 'cfo-002');
    expect(mail.text).toContain('it was due on 15 December 2026, 5 days ago.');
    expect(mail.text).toContain(`1 required lesson is left:\n\n  - ${await title(c, 'linkedin-first-post', 'en')}\n`);
    expect(mail.text).toContain('  coach start linkedin-first-post\n');
    expect(mail.subject).toBe('Reminder: Comex 2027 (1 lesson left, was due 15 December 2026)');
    const noRecord = (await parse(c, 'cmo-004')).mail; // late, and no record: what is left is not known
    expect(noRecord.text).toContain('5 days ago. Your progress has not reached us yet.\n');
    expect(noRecord.text).toContain('  coach start\n');
    expect(noRecord.text).toContain('run `coach export` now');
  });
});

describe('coach nudge: the .eml files, read by an independent MIME parser', () => {
  it('headers: To, From the sponsor, decoded subject, X-Unsent: 1, plain UTF-8 text, CRLF only', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    await nudge(c, OPTS);
    const { raw, mail } = await parse(c, 'coo-003');
    const header = (key: string) => mail.headers.filter((h) => h.key === key).map((h) => h.value);
    expect(mail.to).toEqual([{ name: 'Zoë Lefèvre', address: 'zoe@example.com' }]);
    expect(mail.from).toEqual({ name: 'Direction des RH', address: 'drh@example.com' });
    expect(header('x-unsent')).toEqual(['1']);
    expect(header('mime-version')).toEqual(['1.0']);
    expect(header('content-type')).toEqual(['text/plain; charset=UTF-8']);
    expect(header('content-transfer-encoding')).toEqual(['quoted-printable']);
    expect(header('message-id')).toEqual([]);
    expect(mail.subject).toBe('Rappel\u00A0: Comex 2027 (2\u00A0leçons restantes, échéance le 15 décembre 2026)');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(raw).toMatch(/^[\x20-\x7E\r\n]*$/); // 7-bit on the wire: the accents are encoded
    expect(raw.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    expect(new Date(mail.date!).getTime()).toBe(c.now() - (c.now() % 1000));
  });

  it('French text: accents, ’ and no-break spaces round-trip; the lessons left by title, the due date in words, the command', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    await nudge(c, OPTS);
    const { mail } = await parse(c, 'coo-003');
    const text = mail.text!;
    expect(text.startsWith('Bonjour Zoë Lefèvre,\n')).toBe(true);
    expect(text).toContain(
      'Petit rappel au sujet du programme «\u00A0Comex 2027\u00A0», à terminer pour le 15 décembre 2026\u00A0: vous ne l’avez pas encore commencé.',
    );
    const titles = [await title(c, 'security-lock-down', 'fr'), await title(c, 'linkedin-first-post', 'fr')];
    expect(titles).toEqual(['Verrouiller vos comptes', 'Votre première publication']); // accents to round-trip
    expect(text).toContain(`Il vous reste 2\u00A0leçons obligatoires\u00A0:\n\n  - ${titles[0]}\n  - ${titles[1]}\n`);
    expect(text).toContain('  coach start security-lock-down\n');
    expect(text).toContain('lancez `coach export`');
    expect(text.trimEnd().endsWith('Merci,\nDirection des RH')).toBe(true);
  });

  it('nothing private: no score, no minutes, no other learner', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    c.clock.now = Date.parse('2026-12-20T09:00:00Z');
    await nudge(c, OPTS);
    const { raw, mail } = await parse(c, 'cfo-002');
    for (const other of ['ceo-001', 'Claire', 'coo-003', 'Zoë', 'cmo-004', 'Finance', 'Direction,'])
      expect(mail.text).not.toContain(other);
    expect(mail.text).not.toMatch(/\b12\b|%|min\b|score|quiz/i);
    expect(raw).not.toMatch(/https?:|<img|Message-ID/i);
  });
});

describe('coach nudge: the roster is untrusted', () => {
  it('a name with a comma and quotes stays one name of one recipient', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    await nudge(c, OPTS);
    const { raw, mail } = await parse(c, 'cmo-004');
    expect(mail.to).toEqual([{ name: 'Dupont, Jean "JD"', address: 'jd@example.com' }]);
    expect(raw).toContain('To: "Dupont, Jean \\"JD\\"" <jd@example.com>\r\n');
    expect(mail.text).toContain('Hello Dupont, Jean "JD",\n');
    expect(mail.text).toContain('your progress has not reached us yet.');
    expect(mail.text).toContain('  coach start\n'); // no record: the coach picks the next lesson itself
  });

  it('a name with a line break never reaches a header: the roster refuses the row, and the renderer strips it anyway', async () => {
    const c = context({ terminal: false });
    await hrFolder(c, {
      roster: 'id,name,email\nemp-1,"Eve\r\nBcc: x@evil.example",eve@example.com\nemp-2,Bob,bob@example.com\n',
    });
    await nudge(c, OPTS);
    expect(emlFiles(c)).toEqual(['emp-2.eml']);
    expect(c.stderr.text).toMatch(/learners\.csv:2: name is too long or holds control characters/);
    const { emlText } = await import('../../src/render/eml.js');
    const raw = emlText({
      to: { name: 'Eve\r\nBcc: x@evil.example', address: 'eve@example.com' },
      subject: 'Hi\r\nBcc: y@evil.example',
      body: 'Hello\r\n',
      date: 0,
    });
    const mail = await PostalMime.parse(raw);
    expect(mail.headers.map((h) => h.key)).toEqual([
      'to',
      'subject',
      'date',
      'mime-version',
      'content-type',
      'content-transfer-encoding',
      'x-unsent',
    ]);
    expect(mail.bcc).toBeUndefined();
    expect(mail.to).toEqual([{ name: 'Eve Bcc: x@evil.example', address: 'eve@example.com' }]);
    expect(() =>
      emlText({ to: { address: 'eve@example.com>\r\nBcc: x@evil.example' }, subject: 'x', body: '', date: 0 }),
    ).toThrow(/not a plain e-mail address/);
  });
});

describe('coach nudge: bad input', () => {
  it('a roster without an e-mail column says so and exits 2, before writing anything', async () => {
    const c = context({ terminal: false });
    await hrFolder(c, { roster: 'id,name\nemp-1,Ann\n' });
    await expect(nudge(c, OPTS)).rejects.toMatchObject({
      code: 'roster-no-email',
      exitCode: 2,
      params: { file: path.join(c.home, 'learners.csv') },
    });
    expect(existsSync(path.join(c.home, 'reminders'))).toBe(false);
  });

  it.each(['program', 'key', 'learners', 'out'] as const)(
    'without --%s: a usage error naming the flag',
    async (flag) => {
      const c = context({ terminal: false });
      await hrFolder(c);
      const { [flag]: _gone, ...rest } = OPTS;
      await expect(nudge(c, rest as NudgeOptions)).rejects.toMatchObject({
        code: 'flag-missing',
        exitCode: 2,
        params: { flag: `--${flag}` },
      });
    },
  );

  it('--out in a folder that does not exist: nothing written, the folder named', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    await expect(nudge(c, { ...OPTS, out: 'no/such/reminders' })).rejects.toMatchObject({
      code: 'folder-missing',
      params: { dir: path.join(c.home, 'no', 'such') },
    });
  });
});

describe('coach nudge: a second run', () => {
  it('replaces the earlier reminders, removes those no longer needed, and never touches another file', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    await nudge(c, OPTS);
    writeFileSync(path.join(c.home, 'reminders', 'notes.txt'), 'mine');
    // coo-003 completes in the meantime: their earlier reminder must not be sent.
    const master = readFileSync(path.join(c.home, 'comex-2027.key'), 'utf8').trim();
    const done = [lesson('security-lock-down', 'completed'), lesson('linkedin-first-post', 'completed')];
    writeFileSync(
      path.join(c.home, 'records', 'coo-003.json'),
      JSON.stringify(exportFile(rec('coo-003', done, '2026-11-25T10:00:00.000Z'), learnerKey(master, 'coo-003'))),
    );
    c.stderr.text = '';
    const second = await nudge(c, { ...OPTS, json: true });
    expect(emlFiles(c)).toEqual(['cmo-004.eml', 'notes.txt']);
    expect(second.written.map((w) => [w.learner, w.replaced])).toEqual([['cmo-004', true]]);
    expect(second.removed).toEqual([path.join(c.home, 'reminders', 'coo-003.eml')]);
    expect(JSON.parse(c.stdout.text.slice(c.stdout.text.indexOf('{')))).toMatchObject({
      outDir: 'reminders',
      removed: ['reminders/coo-003.eml'],
    });
    expect(c.stderr.text).toContain('1 earlier reminder was removed');
  });

  it('a file of the same name that is not a reminder draft is left alone, and nothing is written', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    mkdirSync(path.join(c.home, 'reminders'));
    writeFileSync(
      path.join(c.home, 'reminders', 'cmo-004.eml'),
      'From: someone\r\nTo: jd@example.com\r\n\r\nA real message.\r\n',
    );
    await expect(nudge(c, OPTS)).rejects.toMatchObject({ code: 'file-exists' });
    expect(emlFiles(c)).toEqual(['cmo-004.eml']);
    expect(readFileSync(path.join(c.home, 'reminders', 'cmo-004.eml'), 'utf8')).toContain('A real message.');
  });
});

describe('coach nudge: what a crash may leave', () => {
  it('an empty file of the same name (a reminder the system had not written out) is replaced', async () => {
    const c = context({ terminal: false });
    await hrFolder(c);
    mkdirSync(path.join(c.home, 'reminders'));
    writeFileSync(path.join(c.home, 'reminders', 'cmo-004.eml'), '');
    const result = await nudge(c, OPTS);
    expect(result.written.find((w) => w.learner === 'cmo-004')).toMatchObject({ replaced: true });
    expect((await parse(c, 'cmo-004')).mail.to).toEqual([{ name: 'Dupont, Jean "JD"', address: 'jd@example.com' }]);
  });
});

describe('coach nudge: languages and sender', () => {
  it('without a lang, the coach language is the programme language, and says so; no sponsor address means no From', async () => {
    const c = context({ terminal: false, lang: 'fr' });
    await hrFolder(c, { sponsorEmail: '' });
    await nudge(c, OPTS);
    const { mail } = await parse(c, 'cmo-004'); // lang en in the roster: English
    expect(mail.text).toContain('Hello Dupont');
    expect(mail.from).toBeUndefined();
    c.clock.now += 30 * DAY;
    await nudge(c, OPTS);
    const late = await parse(c, 'cfo-002'); // no lang: the coach's, French
    expect(late.mail.text).toContain('l’échéance était le 15 décembre 2026, il y a 11\u00A0jours.');
    expect(c.stderr.text).toContain('reçoivent leur rappel en français');
  });
});

describe('coach nudge: on a terminal', () => {
  it('the list is a table with headers, in the coach language', async () => {
    const c = context({ terminal: true, lang: 'fr' });
    await hrFolder(c);
    c.stdout.text = '';
    await nudge(c, OPTS);
    const lines = c.stdout.text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Participant\s+Courriel\s+Motif\s+Fichier$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^coo-003\s+zoe@example\.com\s+pas commencé\s+reminders\/coo-003\.eml$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^cto-005\s+-\s+pas de relevé\s+- \(pas d’e-mail\)$/));
    expect(lines).toHaveLength(7);
  });
});
