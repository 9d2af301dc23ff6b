/** `coach doctor` as text: one line a check, then what to do. */
import type { Messages } from '../i18n/en.js';
import type { Style } from './style.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface DoctorReport {
  checks: Check[];
  fixed?: string;
  /** The progress file cannot be used (and was not repaired). */
  storeDamaged: boolean;
  /** Lessons a repair would keep, when the store is damaged. */
  recoverable: number;
  leftovers: number;
  fixAsked: boolean;
  /** 1 when a damaged store was left unfixed, so scripts notice. */
  exitCode: 0 | 1;
}

/** The check lines (stdout) and the closing advice (for stderr). */
export function doctorText(
  report: DoctorReport,
  v: { t: Messages; style: Style },
): { out: string; say: string | undefined } {
  const { t, style: s } = v;
  const lines = [
    s.bold(t.doctor.title),
    ...report.checks.map((c) => `  ${c.ok ? s.green('✔') : s.red('✘')} ${c.detail}`),
  ];
  if (report.storeDamaged && !report.fixed)
    lines.push(`    ${t.doctor.recoverable(report.recoverable)}`, `    ${t.doctor.fixHint}`);
  let advice: string | undefined;
  if (report.fixed) advice = s.green(report.fixed);
  else if (report.fixAsked && report.leftovers === 0) advice = t.doctor.nothingToFix;
  else if (report.checks.every((c) => c.ok)) advice = s.green(t.doctor.allGood);
  return { out: lines.map((l) => `${l}\n`).join(''), say: advice };
}
