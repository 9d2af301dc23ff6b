/**
 * `coach plan [--ics FILE] [--at 08:30] [--days mon,wed,fri]`: the lessons left, one 15-minute
 * session a chosen day before the programme's due date (four weeks without one); a table, or an
 * iCalendar file to import. Every flag is checked before anything is written.
 */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { addDays, localDay, minutesOfDay } from '../../core/daily/days.js';
import {
  DEFAULT_DAYS,
  lessonsToPlan,
  moreDays,
  parseAt,
  parseDays,
  planSessions,
  PLAN_DAYS_WITHOUT_PROGRAM,
  type Plan,
} from '../../core/daily/plan.js';
import { CoachError, EXIT } from '../../core/errors.js';
import { daysLeft } from '../../core/sponsor/dates.js';
import { systemTimeZone, utcOffsetMinutes, wallClock } from '../../io/clock.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { planText } from '../../render/plan.js';
import { sanitiseLine } from '../../render/sanitise.js';

export interface PlanResult extends Plan {
  /** The calendar file written, with --ics. */
  file?: string;
}

export async function run(
  ctx: Context,
  opts: { ics?: string; at?: string; days?: string },
): Promise<PlanResult | null> {
  const at = parseAt(opts.at ?? '08:30');
  const days = opts.days === undefined ? [...DEFAULT_DAYS] : parseDays(opts.days);
  const store = ctx.store.read();
  const program = store.enrollment?.program;
  const now = ctx.now();
  const offset = utcOffsetMinutes(now);
  const today = localDay(now, offset);
  if (program && daysLeft(program.due, now) < 0)
    throw new CoachError('plan-due-passed', { program: sanitiseLine(program.title), due: program.due }, EXIT.usage);
  const catalog = await ctx.catalog();
  const lessons = lessonsToPlan(catalog, store, ctx.lang);
  if (lessons.length === 0) {
    say(ctx, ctx.t.plan.nothing);
    return null;
  }
  const until = program ? program.due : addDays(today, PLAN_DAYS_WITHOUT_PROGRAM - 1);
  const plan: PlanResult = planSessions(lessons, {
    today,
    nowMinutes: minutesOfDay(now, offset),
    until,
    days,
    at,
    program: Boolean(program),
  });
  if (!program) say(ctx, ctx.style.err.dim(ctx.t.plan.noProgram));
  if (opts.ics) plan.file = await writeCalendar(ctx, plan, opts.ics);
  else
    ctx.stdout.write(
      planText(plan, { t: ctx.t, style: ctx.style.out, terminal: ctx.stdoutIsTerminal, width: ctx.width }),
    );
  if (plan.unplaced.length > 0) sayTooFew(ctx, plan);
  return plan;
}

async function writeCalendar(ctx: Context, plan: Plan, file: string): Promise<string> {
  const { icsText, isOurCalendar } = await import('../../render/ics.js');
  const target = path.resolve(ctx.cwd, file);
  const text = icsText(plan, { t: ctx.t, lang: ctx.lang, zone: systemTimeZone(), now: ctx.now(), at: wallClock });
  // Replaces only an earlier plan of ours: never another calendar or file.
  writeFileAtomic(target, text, { mode: 0o644, replace: isOurCalendar, flag: '--ics <another file>' });
  out(ctx, target);
  say(ctx, ctx.t.plan.written(plan.sessions.length, path.relative(ctx.cwd, target) || target));
  return target;
}

function sayTooFew(ctx: Context, plan: Plan): void {
  const required = plan.unplaced.filter((l) => l.required).length;
  const until = ctx.t.today.date(plan.until);
  const more = moreDays(plan.days);
  const line = more
    ? ctx.t.plan.tooFew(plan.unplaced.length, required, until, more.join(','))
    : ctx.t.plan.tooFewAllDays(plan.unplaced.length, required, until);
  say(ctx, ctx.style.err.yellow(line));
}
