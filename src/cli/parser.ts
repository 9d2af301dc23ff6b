/**
 * The commander program, built from the commands' specs (src/cli/commands.ts) in the user's
 * language: help with examples, flags, and each command's run function, loaded with import() only
 * when that command runs.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Context } from '../context.js';
import { CoachError, EXIT } from '../core/errors.js';
import { COMMANDS } from './commands.js';
import { statusOf, type CommandSpec, type OptionSpec, type Status } from './spec.js';

type Examples = [string, string][];

function examples(ctx: Context, list: Examples): string {
  const width = Math.max(...list.map(([c]) => c.length));
  return `\n${ctx.t.help.examples}\n${list.map(([c, d]) => `  ${c.padEnd(width)}  ${d}`).join('\n')}\n`;
}

/** Names of every command, to know from the command line alone which one to define. */
export const COMMAND_NAMES = COMMANDS.map((c) => c.name);

/**
 * The program. With `only`, just that command is defined (plus the global options): a command
 * line that names a known command needs no other, and defining all of them costs start-up time.
 * What the command that ran returned is reported through `onStatus`.
 */
export function buildProgram(
  ctx: Context,
  only?: string,
  onStatus: (status: Status) => void = () => undefined,
): Command {
  const program = rootCommand(ctx, only === undefined);
  for (const spec of COMMANDS) if (only === undefined || only === spec.name) define(ctx, program, spec, true, onStatus);
  return program;
}

/** The bare program: global options, help in the user's language, and the home menu as its action. */
function rootCommand(ctx: Context, withVersion: boolean): Command {
  const { t } = ctx;
  const o = t.cmd.options;
  // Set before the subcommands are created, which inherit them: errors come back to main as
  // exceptions (one place maps exit codes) and every word goes through the context's streams.
  const program = new Command('coach');
  // The version flag belongs to the bare program: not defined when a command is named (start-up time).
  if (withVersion) program.version(ctx.version, '-V, --version', o.version);
  program
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) })
    .configureHelp({ styleTitle: (title) => t.help.titles[title] ?? title })
    .description(t.help.description)
    .usage(t.cmd.usage)
    .helpOption('-h, --help', o.help)
    // The learner's commands, and `help`, come first under the default heading (set before `help` exists).
    .commandsGroup(t.help.groups.learner)
    .helpCommand('help [command]', t.cmd.helpCommand)
    .addOption(new Option('--lang <lang>', o.lang).choices(['en', 'fr']))
    .option('--lessons <dir>', o.lessons, collect)
    .option('--no-color', o.noColor)
    .option('--no-input', o.noInput)
    .option('--debug', o.debug)
    .showHelpAfterError(t.errors.usage)
    .addHelpText('after', examples(ctx, t.cmd.home.examples))
    .argument('[command]')
    .action(async (name: string | undefined) => {
      if (name !== undefined) {
        // The home menu takes no argument: a word here is a mistyped command.
        const { closestIds } = await import('../core/strings.js');
        const suggestions = closestIds(
          name,
          program.commands.map((c) => c.name()),
        ).join(', ');
        throw new CoachError('command-unknown', { name, suggestions }, EXIT.usage);
      }
      await (await import('../commands/home/run.js')).run(ctx);
    });
  return program;
}

/** Registers one command (and its subcommands) from its spec. */
function define(
  ctx: Context,
  parent: Command,
  spec: CommandSpec,
  top: boolean,
  onStatus: (status: Status) => void,
): void {
  const { t } = ctx;
  const info = spec.help(t);
  const command = parent.command(spec.name);
  if (top && spec.group !== 'learner') command.helpGroup(t.help.groups[spec.group]);
  command
    .description(info.summary)
    .helpOption('-h, --help', t.cmd.options.help)
    .addHelpText('after', examples(ctx, info.examples));
  for (const arg of spec.args ?? []) command.argument(arg.name, arg.help(t));
  for (const option of spec.options ?? []) command.addOption(optionFrom(ctx, option));
  for (const sub of spec.subcommands ?? []) define(ctx, command, sub, false, onStatus);
  if (!spec.run && !spec.load) return;
  command.action(async (...received: unknown[]) => {
    // commander passes the arguments in order, then the options, then the command itself.
    const args = received.slice(0, spec.args?.length ?? 0);
    const opts = received[spec.args?.length ?? 0] as Record<string, unknown>;
    if (spec.run) return onStatus(await spec.run(ctx, args, opts));
    const input = Object.fromEntries([
      ...Object.entries(opts),
      ...(spec.args ?? []).map((a, i) => [a.key ?? a.name.replace(/[<>[\].]/g, ''), args[i]]),
    ]);
    const mod = (await spec.load!()) as { run(ctx: Context, input: unknown): Promise<unknown> };
    onStatus(statusOf(await mod.run(ctx, input)));
  });
}

function optionFrom(ctx: Context, spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.help(ctx.t.cmd.options));
  if (spec.choices) option.choices(spec.choices);
  if (spec.repeatable) option.argParser(collect);
  if (spec.positive) {
    const message = spec.positive(ctx.t);
    option.argParser((value: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(message);
      return n;
    });
  }
  return option;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
