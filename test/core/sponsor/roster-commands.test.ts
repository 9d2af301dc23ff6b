/**
 * Issue 15, item 1, through the commands with real files: invite and report with rosters as Excel
 * writes them, an unusable roster stops both (exit 1, naming the file), and invite does not
 * silently rewrite the enrolments a folder already holds.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as invite } from '../../../src/commands/invite/run.js';
import { run as programInit } from '../../../src/commands/program/init.js';
import { buildReportData } from '../../../src/commands/report/run.js';
import type { CoachError } from '../../../src/core/errors.js';
import { en } from '../../../src/i18n/en.js';
import { fr } from '../../../src/i18n/fr.js';
import { errorMessage } from '../../../src/render/error-message.js';
import { FIXTURES, type TestContext } from '../../helpers/context.js';
import { scoped } from '../../helpers/scoped.js';

const { context } = scoped();
const PROGRAM = { program: 'comex-2027.program.json', key: 'comex-2027.key' };

async function hr(): Promise<TestContext> {
  const c = context({ terminal: false });
  await programInit(c, { id: 'comex-2027', title: 'Comex 2027', due: '2027-03-31', require: ['demo-basics'] });
  for (const f of readdirSync(path.join(FIXTURES, 'rosters')))
    copyFileSync(path.join(FIXTURES, 'rosters', f), path.join(c.home, f));
  return c;
}

async function failure(p: Promise<unknown>): Promise<CoachError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the command should have failed').toBeDefined();
  return error as CoachError;
}

describe('invite with rosters as Excel writes them', () => {
  it('a Windows-1252 roster welcomes Hélène Dupré by her name', async () => {
    const c = await hr();
    const r = await invite(c, { ...PROGRAM, learners: 'excel-fr-cp1252.csv', out: 'invitations' });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(path.join(c.home, 'invitations', 'dg-01.enrollment.json'), 'utf8')).learner).toEqual(
      { id: 'dg-01', name: 'Hélène Dupré' },
    );
  });

  it('ids that differ only in case: refused, both lines named, nothing written', async () => {
    const c = await hr();
    const e = await failure(invite(c, { ...PROGRAM, learners: 'ids-differing-in-case.csv', out: 'invitations' }));
    expect(e).toMatchObject({ code: 'roster-unusable', exitCode: 1 });
    expect(errorMessage(en, e)).toContain(
      `${path.join(c.home, 'ids-differing-in-case.csv')}:4: id "CEO-001" differs from "ceo-001" (line 2)`,
    );
    expect(existsSync(path.join(c.home, 'invitations'))).toBe(false);
  });

  it('again into the same folder: refused without --force, naming the learners whose files would change', async () => {
    const c = await hr();
    writeFileSync(path.join(c.home, 'learners.csv'), 'id,name\nceo-001,Claire\ncfo-002,Paul\n');
    await invite(c, { ...PROGRAM, learners: 'learners.csv', out: 'invitations' });
    const file = path.join(c.home, 'invitations', 'ceo-001.enrollment.json');
    const before = readFileSync(file, 'utf8');
    writeFileSync(path.join(c.home, 'more.csv'), 'id,name\nceo-001,Claire\ncfo-002,Paul\ncoo-003,Anne\n');
    const e = await failure(invite(c, { ...PROGRAM, learners: 'more.csv', out: 'invitations' }));
    expect(e).toMatchObject({
      code: 'invite-would-replace',
      exitCode: 1,
      params: { count: 2, learners: 'ceo-001, cfo-002' },
    });
    expect(errorMessage(en, e)).toMatch(
      /these 2 learners new files: ceo-001, cfo-002\nNothing was written\..*add --force/s,
    );
    expect(errorMessage(fr, e)).toContain('de nouveaux fichiers à ces 2\u00A0apprenants\u00A0: ceo-001, cfo-002');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(path.join(c.home, 'invitations', 'coo-003.enrollment.json'))).toBe(false);
    // A roster of new learners only changes no file: no --force needed.
    writeFileSync(path.join(c.home, 'new.csv'), 'id,name\ncoo-003,Anne\n');
    expect((await invite(c, { ...PROGRAM, learners: 'new.csv', out: 'invitations' })).written).toHaveLength(1);
    await invite(c, { ...PROGRAM, learners: 'more.csv', out: 'invitations', force: true });
    expect(JSON.parse(readFileSync(file, 'utf8')).id).not.toBe(JSON.parse(before).id);
  });
});

describe('report with a roster that cannot be used', () => {
  it.each([
    ['learners.xlsx', 'xlsx', /CSV UTF-8/],
    ['control-character.csv', 'control-char', /:3: this line holds a control character \(U\+001B\)/],
    ['no-id.csv', 'no-id-column', /:1: no "id" column in the header \(found: Nom, E-mail\)/],
    ['empty.csv', 'empty', /the file is empty/],
  ])('%s: exit 1, naming the file (%s)', async (name, code, words) => {
    const c = await hr();
    writeFileSync(path.join(c.home, 'no-id.csv'), 'Nom;E-mail\nClaire;c@ex.com\n');
    writeFileSync(path.join(c.home, 'empty.csv'), '');
    const e = await failure(buildReportData(c, { paths: [], ...PROGRAM, learners: name }));
    expect(e).toMatchObject({ code: 'roster-unusable', exitCode: 1, params: { problem: { code } } });
    const text = errorMessage(en, e);
    expect(text).toContain(path.join(c.home, name));
    expect(text).toMatch(words);
    expect(errorMessage(fr, e)).toContain('Cette liste d’apprenants est inutilisable');
  });

  it('a roster whose every row is bad: exit 1 too', async () => {
    const c = await hr();
    writeFileSync(path.join(c.home, 'bad.csv'), 'id\nbad id!\n');
    expect(await failure(buildReportData(c, { paths: [], ...PROGRAM, learners: 'bad.csv' }))).toMatchObject({
      code: 'roster-no-rows',
      exitCode: 1,
    });
  });

  it('the UTF-16 "Texte Unicode" roster gives its learners to the report, with their names', async () => {
    const c = await hr();
    const data = await buildReportData(c, { paths: [], ...PROGRAM, learners: 'excel-fr-unicode.txt' });
    expect(data.learners.map((l) => [l.id, l.name])).toEqual([
      ['dg-01', 'Hélène Dupré'],
      ['drh-03', 'Zoë Åström'],
    ]);
  });
});

describe('invite never replaces what is not an earlier invitation', () => {
  it("another programme's enrolment in the folder: refused before any file is written, even with --force", async () => {
    const c = await hr();
    writeFileSync(path.join(c.home, 'learners.csv'), 'id,name\nceo-001,Claire\ncfo-002,Paul\n');
    mkdirSync(path.join(c.home, 'invitations'));
    const foreign = JSON.stringify({
      format: 'exec-coach.enrollment/1',
      learner: { id: 'cfo-002' },
      program: { id: 'another' },
    });
    writeFileSync(path.join(c.home, 'invitations', 'cfo-002.enrollment.json'), foreign);
    const e = await failure(invite(c, { ...PROGRAM, learners: 'learners.csv', out: 'invitations', force: true }));
    expect(e).toMatchObject({
      code: 'file-exists',
      params: { file: path.join(c.home, 'invitations', 'cfo-002.enrollment.json') },
    });
    expect(readdirSync(path.join(c.home, 'invitations'))).toEqual(['cfo-002.enrollment.json']);
    expect(readFileSync(path.join(c.home, 'invitations', 'cfo-002.enrollment.json'), 'utf8')).toBe(foreign);
  });
});
