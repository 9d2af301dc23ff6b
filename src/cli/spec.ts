/**
 * What a command is, for the parser: its name, help group, arguments, options and examples, in
 * the user's language, and the function that runs it (loaded with import() only when it runs).
 * Each command declares one beside its run function (src/commands/NAME/command.ts), as GitHub's
 * CLI does; src/cli/parser.ts registers them all with one loop.
 */
import type { Context } from '../context.js';
import type { Messages } from '../i18n/en.js';

export type Group = 'learner' | 'sponsor' | 'author';
type Options = Messages['cmd']['options'];

export interface OptionSpec {
  /** Commander's flag syntax: `--out <file>`, `-y, --yes`, `--no-color`. */
  flags: string;
  help: (o: Options) => string;
  /** The only values allowed (checked by the parser, listed in the help). */
  choices?: readonly string[];
  /** The option may be given several times; its values are collected in order. */
  repeatable?: boolean;
  /** A whole number from 1 up; anything else is a usage error with this message. */
  positive?: (t: Messages) => string;
}

export interface ArgumentSpec {
  /** `<file>` (required), `[lesson]` (optional), `[paths...]` (any number). */
  name: string;
  /** The run function's input property that receives it (default: the name without its brackets). */
  key?: string;
  help: (t: Messages) => string;
}

/** A command's exit status: 0, or 1 when it finished its output but must report a failure. */
export type Status = 0 | 1;

export interface CommandSpec {
  name: string;
  group: Group;
  help: (t: Messages) => { summary: string; examples: [string, string][] };
  args?: ArgumentSpec[];
  options?: OptionSpec[];
  subcommands?: CommandSpec[];
  /**
   * The module with the command's `run(ctx, input)`, loaded only when the command runs. Its input
   * is the options, with each argument under its `key`; a result with `exitCode: 1` is a failure.
   */
  load?: () => Promise<{ run(ctx: Context, input: never): Promise<unknown> }>;
  /** Lower level than `load`: runs the command with the parsed arguments (in order) and options. */
  run?: (ctx: Context, args: unknown[], opts: Record<string, unknown>) => Promise<Status>;
}

/** An option whose help is the message `key` of the options' messages. */
export function flag(flags: string, key: keyof Options, extra: Omit<OptionSpec, 'flags' | 'help'> = {}): OptionSpec {
  return { flags, help: (o) => o[key], ...extra };
}

/** The exit status a command's result carries: `{ exitCode: 1 }` when it reported a failure, else 0. */
export function statusOf(result: unknown): Status {
  return typeof result === 'object' && result !== null && (result as { exitCode?: unknown }).exitCode === 1 ? 1 : 0;
}
