/**
 * Issue 15, item 2: `program init --force` over a key asks (terminal) or needs --yes; a past due
 * date needs --allow-past; a bad flag value is named as the flag, fully in the user's language.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run as invite } from '../../src/commands/invite/run.js';
import { run as programInit } from '../../src/commands/program/init.js';
import type { CoachError } from '../../src/core/errors.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { errorMessage } from '../../src/render/error-message.js';
import { ScriptedPrompter } from '../helpers/prompter.js';
import { scoped } from '../helpers/scoped.js';

const { context } = scoped();
// The test clock is 2026-11-26.
const INIT = { id: 'comex-2027', title: 'Comex 2027', due: '2027-03-31', require: ['demo-basics'] };

async function failure(p: Promise<unknown>): Promise<CoachError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the command should have failed').toBeDefined();
  return error as CoachError;
}

describe('program init --force over an existing key', () => {
  it('without a terminal: refused unless --yes, saying every enrolment sent becomes invalid; the key is kept', async () => {
    const c = context({ terminal: false });
    const { keyFile } = await programInit(c, INIT);
    const key = readFileSync(keyFile, 'utf8');
    const e = await failure(programInit(c, { ...INIT, force: true }));
    expect(e).toMatchObject({ code: 'key-replace-confirm', exitCode: 2 });
    expect(errorMessage(en, e)).toMatch(/every enrolment already sent for this programme invalid.*add --yes/s);
    expect(errorMessage(fr, e)).toMatch(/rend invalide chaque inscription déjà envoyée.*ajoutez --yes/s);
    expect(readFileSync(keyFile, 'utf8')).toBe(key);
    const replaced = await programInit(c, { ...INIT, force: true, yes: true });
    expect(replaced.written).toBe(true);
    expect(readFileSync(keyFile, 'utf8')).not.toBe(key);
  });

  it('on a terminal: asks, and "no" keeps the key and the programme as they were', async () => {
    const first = context({ terminal: false });
    const { keyFile, programFile } = await programInit(first, INIT);
    const before = [readFileSync(keyFile, 'utf8'), readFileSync(programFile, 'utf8')];
    const no = new ScriptedPrompter([false]);
    const c = context({ home: first.home, prompter: no });
    const r = await programInit(c, { ...INIT, title: 'Another title', force: true });
    expect(r.written).toBe(false);
    expect(no.asked).toEqual([
      { type: 'confirm', message: expect.stringContaining('every enrolment already sent for this programme invalid') },
    ]);
    expect([readFileSync(keyFile, 'utf8'), readFileSync(programFile, 'utf8')]).toEqual(before);
    const yes = new ScriptedPrompter([true]);
    await programInit(context({ home: first.home, prompter: yes }), { ...INIT, force: true });
    expect(yes.remaining).toBe(0);
    expect(readFileSync(keyFile, 'utf8')).not.toBe(before[0]);
  });

  it('--force without an existing key asks nothing', async () => {
    const c = context({ terminal: false });
    expect((await programInit(c, { ...INIT, force: true })).written).toBe(true);
  });
});

describe('program init flags', () => {
  it('a due date in the past needs --allow-past', async () => {
    const c = context({ terminal: false });
    const e = await failure(programInit(c, { ...INIT, due: '2026-11-25' }));
    expect(e).toMatchObject({ code: 'flag-invalid', exitCode: 2, params: { flag: '--due', problem: 'date-past' } });
    expect(errorMessage(en, e)).toBe(
      '--due: 2026-11-25 is in the past (today is 2026-11-26): give a later date, or add --allow-past to keep it. Nothing was written.',
    );
    const r = await programInit(c, { ...INIT, due: '2026-11-25', allowPast: true });
    expect(JSON.parse(readFileSync(r.programFile, 'utf8')).due).toBe('2026-11-25');
    expect((await programInit(c, { ...INIT, id: 'today', due: '2026-11-26' })).written).toBe(true);
  });

  it('--due 2027-02-30 names the flag, in English and fully in French', async () => {
    const e = await failure(programInit(context({ terminal: false }), { ...INIT, due: '2027-02-30' }));
    expect(e).toMatchObject({ code: 'flag-invalid', exitCode: 2 });
    expect(errorMessage(en, e)).toBe('--due: 2027-02-30 is not a real date (YYYY-MM-DD). Nothing was written.');
    expect(errorMessage(fr, e)).toBe(
      '--due\u00A0: 2027-02-30 n’est pas une date réelle (AAAA-MM-JJ). Rien n’a été écrit.',
    );
  });

  it('every other flag is named as a flag, never as a file field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ id: 'bad id!' }, '--id'],
      [{ title: 'x'.repeat(201) }, '--title'],
      [{ due: '31/03/2027' }, '--due'],
      [{ sponsorEmail: 'drh-at-example' }, '--sponsor-email'],
      [{ lrs: 'ftp://lrs.example.com/' }, '--lrs'],
      [{ lrs: 'https://lrs.example.com/', lrsUser: 'a\nb' }, '--lrs-user'],
      [{ lrs: 'https://lrs.example.com/', activityBase: 'not an iri' }, '--activity-base'],
    ];
    for (const [flags, flag] of cases) {
      const e = await failure(programInit(context({ terminal: false, lang: 'fr' }), { ...INIT, ...flags }));
      expect(e, flag).toMatchObject({ code: 'flag-invalid', exitCode: 2, params: { flag } });
      const text = errorMessage(fr, e);
      expect(text.startsWith(`${flag}\u00A0: `), text).toBe(true);
      expect(text, text).not.toMatch(/\b(is|must|field|not a|Ask)\b/);
    }
  });
});

describe('file errors name the file, not a flag', () => {
  it('a programme file with a date that does not exist: the file and its field, fully in French', async () => {
    const c = context({ terminal: false, lang: 'fr' });
    const { programFile } = await programInit(c, INIT);
    writeFileSync(programFile, readFileSync(programFile, 'utf8').replace('"2027-03-31"', '"2027-02-30"'));
    const e = await failure(
      invite(c, { program: programFile, key: 'comex-2027.key', learners: 'none.csv', out: 'inv' }),
    );
    expect(e).toMatchObject({ code: 'file-invalid', exitCode: 1, params: { file: programFile, field: 'due' } });
    expect(errorMessage(fr, e)).toBe(
      `Ce n’est pas un fichier de programme exec-coach valide\u00A0: le champ «\u00A0due\u00A0» n’est pas une date réelle\u00A0: ${programFile}\nDemandez-en une nouvelle copie.`,
    );
    expect(errorMessage(en, e)).toBe(
      `This is not a valid exec-coach programme file: field "due" is not a real date: ${programFile}\nAsk for a fresh copy of the file.`,
    );
  });
});
