/**
 * `coach report --lrs`: the completion records read from the learning record store the coaches
 * send their statements to, each verified with the key of the learner it names.
 */
import type { Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import type { Program } from '../../core/sponsor/formats.js';
import { KeyRing, type Verdict } from '../../core/sponsor/verify.js';
import type { Statement } from '../../core/xapi/statements.js';

/**
 * The verdicts of the statements the coaches sent to the LRS, one record per learner, to be
 * reported alongside any record files: buildReport keeps the newest valid record per learner
 * whatever its source (an LRS record is dated by its newest statement). All learners share the LRS
 * credential, so the LRS cannot say who wrote a statement: each is verified with the key of the
 * learner it names, and the rows are marked valid / unsigned / invalid exactly as for files.
 */
export async function lrsVerdicts(
  ctx: Context,
  program: Program,
  endpoint: string,
  masterKey: string,
): Promise<{ path: string; verdict: Verdict }[]> {
  // Checked before any request: a typo in --lrs is a usage error, not an unexpected one.
  if (!URL.canParse(endpoint))
    throw new CoachError('report-lrs-address', { value: endpoint.slice(0, 200) }, EXIT.usage);
  const { readProgramStatements } = await import('../../io/lrs-read.js');
  const { recordsFromStatements } = await import('../../core/xapi/to-records.js');
  const { activityBase } = await import('../../core/xapi/statements.js');
  const { checkStatement } = await import('../../core/xapi/signature.js');
  const { lrsPassword, DEFAULT_PASSWORD_ENV } = await import('../../io/lrs-password.js');
  const base = activityBase({ program });
  const password = lrsPassword(program.lrs?.passwordEnv, ctx.env);
  const auth = {
    ...(program.lrs?.username !== undefined && { username: program.lrs.username }),
    ...(password !== undefined && { password }),
    passwordVariable: program.lrs?.passwordEnv ?? DEFAULT_PASSWORD_ENV,
  };
  const statements = await readProgramStatements(endpoint, base, auth);
  const keys = new KeyRing(masterKey);
  const by = { valid: [] as Statement[], unsigned: [] as Statement[], invalid: new Map<string, number>() };
  for (const s of statements) {
    const check = checkStatement(s, (id) => Buffer.from(keys.for(id), 'latin1').toString('base64url'));
    if (check !== 'invalid') by[check].push(s);
    else if (typeof s.actor?.account?.name === 'string')
      by.invalid.set(s.actor.account.name, (by.invalid.get(s.actor.account.name) ?? 0) + 1);
  }
  const source = `lrs:${endpoint}`;
  const records = (list: Statement[], verification: 'valid' | 'unsigned') =>
    recordsFromStatements(list, base, program.id, ctx.version, ctx.now()).map((record) => ({
      path: source,
      verdict: { ok: true as const, record, verification, signature: `${record.learner.id}@lrs:${verification}` },
    }));
  const verdicts: { path: string; verdict: Verdict }[] = [
    ...records(by.valid, 'valid'),
    ...records(by.unsigned, 'unsigned'),
  ];
  for (const [learnerId, n] of by.invalid)
    verdicts.push({
      path: source,
      verdict: {
        ok: false,
        code: 'invalid-signature',
        detail: `${n} statements for "${learnerId.slice(0, 64)}" signed with another key, or changed after they were signed`,
        learnerId,
      },
    });
  return verdicts;
}
