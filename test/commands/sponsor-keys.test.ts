/**
 * Issue 15, item 2, in-process with real files: the programme carries its key's fingerprint;
 * invite and report refuse another programme's key; program init asks before replacing a key and
 * refuses a past due date; command-line errors name the flag, in the user's language.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as invite } from '../../src/commands/invite/run.js';
import { run as programInit } from '../../src/commands/program/init.js';
import { buildReportData } from '../../src/commands/report/run.js';
import type { CoachError } from '../../src/core/errors.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { errorMessage } from '../../src/render/error-message.js';
import type { TestContext } from '../helpers/context.js';
import { scoped } from '../helpers/scoped.js';

const { context } = scoped();
const INIT = { id: 'comex-2027', title: 'Comex 2027', due: '2027-03-31', require: ['demo-basics'] };

/** The fingerprint as the README defines it, computed here without the coach's code. */
function fingerprintOf(keyFile: string): string {
  const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64url');
  return `sha256:${createHash('sha256').update('exec-coach/key-fingerprint/1\n').update(key).digest('hex').slice(0, 32)}`;
}

async function failure(p: Promise<unknown>): Promise<CoachError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the command should have failed').toBeDefined();
  return error as CoachError;
}

/** Two programmes in HR's folder, a/ and b/, and a roster. */
async function twoProgrammes(c: TestContext): Promise<void> {
  await programInit(c, { ...INIT, out: 'a' });
  await programInit(c, { ...INIT, id: 'other', out: 'b' });
  writeFileSync(path.join(c.home, 'learners.csv'), 'id,name\nceo-001,Claire\n');
}

describe('the key fingerprint in the programme', () => {
  it('program init writes format 2 with the fingerprint of the key it wrote, and never the key', async () => {
    const c = context({ terminal: false });
    const { programFile, keyFile } = await programInit(c, { ...INIT });
    const text = readFileSync(programFile, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'exec-coach.program/2', keyFingerprint: fingerprintOf(keyFile) });
    expect(text).not.toContain(readFileSync(keyFile, 'utf8').trim());
  });
});

describe('invite refuses a foreign key', () => {
  it("invite refuses another programme's key, naming both fingerprints, and writes nothing", async () => {
    const c = context({ terminal: false });
    await twoProgrammes(c);
    const e = await failure(
      invite(c, {
        program: 'a/comex-2027.program.json',
        key: 'b/other.key',
        learners: 'learners.csv',
        out: 'invitations',
      }),
    );
    expect(e).toMatchObject({ code: 'key-mismatch', exitCode: 1 });
    const text = errorMessage(en, e);
    expect(text).toContain(fingerprintOf(path.join(c.home, 'a/comex-2027.key')));
    expect(text).toContain(fingerprintOf(path.join(c.home, 'b/other.key')));
    expect(text).toContain(path.join(c.home, 'b/other.key'));
    expect(errorMessage(fr, e)).toContain('Cette clé n’est pas celle de ce programme');
    expect(existsSync(path.join(c.home, 'invitations'))).toBe(false);
  });

  it("report refuses another programme's key, naming both fingerprints", async () => {
    const c = context({ terminal: false });
    await twoProgrammes(c);
    const e = await failure(
      buildReportData(c, {
        paths: [],
        program: 'a/comex-2027.program.json',
        key: 'b/other.key',
        learners: 'learners.csv',
      }),
    );
    expect(e).toMatchObject({
      code: 'key-mismatch',
      exitCode: 1,
      params: {
        expected: fingerprintOf(path.join(c.home, 'a/comex-2027.key')),
        actual: fingerprintOf(path.join(c.home, 'b/other.key')),
      },
    });
    const ok = await buildReportData(c, {
      paths: [],
      program: 'a/comex-2027.program.json',
      key: 'a/comex-2027.key',
      learners: 'learners.csv',
    });
    expect(ok.learners.map((l) => l.id)).toEqual(['ceo-001']);
  });
});

describe('programmes of format 1', () => {
  it('a format 1 programme (no fingerprint) is still read; the enrolment stays format 1 without the fingerprint', async () => {
    const c = context({ terminal: false });
    await twoProgrammes(c);
    const v2 = JSON.parse(readFileSync(path.join(c.home, 'a/comex-2027.program.json'), 'utf8'));
    const { keyFingerprint: _, ...v1 } = { ...v2, format: 'exec-coach.program/1' };
    writeFileSync(path.join(c.home, 'v1.program.json'), JSON.stringify(v1));
    const r = await invite(c, { program: 'v1.program.json', key: 'b/other.key', learners: 'learners.csv', out: 'v1' });
    expect(r.exitCode).toBe(0);
    const e = JSON.parse(readFileSync(r.written[0]!, 'utf8'));
    expect(e.format).toBe('exec-coach.enrollment/1');
    expect(e.program).not.toHaveProperty('keyFingerprint');
    const fromV2 = await invite(c, {
      program: 'a/comex-2027.program.json',
      key: 'a/comex-2027.key',
      learners: 'learners.csv',
      out: 'v2',
    });
    expect(Object.keys(JSON.parse(readFileSync(fromV2.written[0]!, 'utf8')).program).sort()).toEqual([
      'due',
      'id',
      'required',
      'sponsor',
      'title',
    ]);
  });
});
