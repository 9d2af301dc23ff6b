/**
 * The one object every command receives: streams, terminal facts, language, clock, state folder,
 * store, lessons and prompter. src/cli/context.ts builds it from what src/cli/main.ts reads of
 * `process`; tests build their own with fake streams, a fixed clock and scripted answers.
 */
import type { Catalog } from './core/lessons/assemble.js';
import type { Lang } from './core/lessons/types.js';
import type { Messages } from './i18n/en.js';
import type { Prompter } from './io/prompter.js';
import type { ProgressStore } from './io/store.js';
import type { Style } from './render/style.js';
import { wrap } from './render/terminal-text.js';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Context {
  stdout: Output;
  stderr: Output;
  /** True when stdin and stdout are terminals and --no-input was not given: prompts allowed. */
  interactive: boolean;
  /** True when stdout is a terminal: render Markdown, tables and relative times. */
  stdoutIsTerminal: boolean;
  /** Styles for stdout and stderr (identity when colour is off for that stream). */
  style: { out: Style; err: Style };
  /** The terminal's width now (it may change during a lesson). */
  readonly width: number;
  lang: Lang;
  t: Messages;
  env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds since the epoch. The only clock commands use. */
  now(): number;
  home: string;
  /** The working directory, to show paths relative to it. */
  cwd: string;
  store: ProgressStore;
  /** Extra lesson folders (--lessons, EXEC_COACH_LESSONS). */
  lessonDirs: string[];
  catalog(): Promise<Catalog>;
  prompter(): Promise<Prompter>;
  version: string;
  /** The runtime the coach runs on (for `coach doctor`). */
  runtime: { node: string; platform: NodeJS.Platform };
  debug: boolean;
  /** The program's help text (main builds the program; commands never load the parser themselves). */
  helpText(): string;
  /** Switches the interface language for the rest of this run (the home menu's setting). */
  setLang(lang: Lang): Promise<void>;
}

/** Writes a line of data to stdout. */
export function out(ctx: Context, line = ''): void {
  ctx.stdout.write(`${line}\n`);
}

/** Writes a line meant for the person (messages, progress, warnings) to stderr. */
export function say(ctx: Context, line = ''): void {
  ctx.stderr.write(`${ctx.stderr.isTTY ? wrap(line, Math.max(40, ctx.width - 2)) : line}\n`);
}
