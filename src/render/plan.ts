/**
 * `coach plan` without --ics: on a terminal, one session a row (date, time, the lesson's minutes,
 * its title, shortened with "…" before the line would wrap) with its `coach start` command on the
 * line below, whole, to copy; when piped, one tab-separated line a session for other tools.
 */
import { formatTime, type Plan } from '../core/daily/plan.js';
import type { Messages } from '../i18n/en.js';
import { wrapMessage } from './editor.js';
import { padTo, stringWidth, truncate } from './fit.js';
import { sanitiseLine } from './sanitise.js';
import type { Style } from './style.js';

export function planText(plan: Plan, v: { t: Messages; style: Style; terminal: boolean; width: number }): string {
  const time = formatTime(plan.at);
  if (!v.terminal)
    return plan.sessions
      .map(
        (s) =>
          `${[s.day, time, s.lesson.minutes, s.lesson.id, s.lesson.required ? 'required' : '', sanitiseLine(s.lesson.title)].join('\t')}\n`,
      )
      .join('');
  const { t, style } = v;
  const c = t.plan.columns;
  const rows = plan.sessions.map((s) => ({
    date: t.plan.date(s.day),
    minutes: t.common.minutes(s.lesson.minutes),
    title: `${sanitiseLine(s.lesson.title)}${s.lesson.required ? ' *' : ''}`,
    command: `coach start ${s.lesson.id}`,
  }));
  const dateW = Math.max(stringWidth(c.date), ...rows.map((r) => stringWidth(r.date)));
  const timeW = Math.max(stringWidth(c.time), time.length);
  const minW = Math.max(stringWidth(c.minutes), ...rows.map((r) => stringWidth(r.minutes)));
  const indent = 2 + dateW + 2 + timeW + 2 + minW + 2;
  const titleW = Math.max(8, v.width - indent);
  const line = (d: string, tm: string, m: string, title: string) =>
    `  ${padTo(d, dateW)}  ${padTo(tm, timeW)}  ${padTo(m, minW)}  ${truncate(title, titleW)}`.trimEnd();
  const days = t.plan.list(plan.days.map((d) => t.plan.dayNames[d]));
  const lines = [
    style.bold(wrapMessage(t.plan.title(plan.sessions.length, days, time, t.today.date(plan.until)), v.width, 0)),
    '',
  ];
  lines.push(style.dim(line(c.date, c.time, c.minutes, c.lesson)));
  for (const r of rows)
    lines.push(
      line(r.date, time, r.minutes, r.title),
      `${' '.repeat(Math.min(indent, Math.max(2, v.width - stringWidth(r.command))))}${style.cyan(r.command)}`,
    );
  if (plan.sessions.some((s) => s.lesson.required)) lines.push('', style.yellow(`* ${t.plan.required}`));
  return `${lines.join('\n')}\n`;
}
