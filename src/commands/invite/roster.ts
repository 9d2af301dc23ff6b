/**
 * The roster as `invite` and `report` read it: each problem said with its line, and a roster that
 * cannot be used refused (exit 1) with the file and the reason, rather than a report or a set of
 * invitations that silently leaves people out.
 */
import path from 'node:path';
import { say, type Context } from '../../context.js';
import { CoachError } from '../../core/errors.js';
import { isFatal, type RosterEntry } from '../../core/sponsor/roster.js';
import { readRosterFile } from '../../io/roster-file.js';

export interface LoadedRoster {
  entries: RosterEntry[];
  /** Rows left out (bad id, bad e-mail...); header warnings are not counted. */
  skipped: number;
}

export function loadRoster(ctx: Context, file: string): LoadedRoster {
  const roster = readRosterFile(file);
  const shown = path.relative(ctx.cwd, file) || file;
  const fatal = roster.problems.find((p) => isFatal(p.code));
  for (const p of roster.problems) {
    if (p !== fatal)
      say(ctx, ctx.style.err.yellow(`${shown}${p.line ? `:${p.line}` : ''}: ${ctx.t.roster[p.code](p.params)}`));
  }
  if (fatal)
    throw new CoachError('roster-unusable', {
      file,
      line: fatal.line,
      problem: { code: fatal.code, params: fatal.params },
    });
  if (roster.entries.length === 0) throw new CoachError('roster-no-rows', { file });
  return {
    entries: roster.entries,
    skipped: roster.problems.filter((p) => p.code !== 'unknown-column' && p.code !== 'repeated-column').length,
  };
}
