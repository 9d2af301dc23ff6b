/**
 * The commander program: every command, its help (with examples) and its flags, in the user's
 * language. Each command's code is loaded with import() only when that command runs.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Context } from '../context.js';
import { CoachError, EXIT } from '../core/errors.js';

type Examples = [string, string][];

function examples(ctx: Context, list: Examples): string {
  const width = Math.max(...list.map(([c]) => c.length));
  return `\n${ctx.t.help.examples}\n${list.map(([c, d]) => `  ${c.padEnd(width)}  ${d}`).join('\n')}\n`;
}

/** Every command's name, to know from the command line alone which one to define. */
export const COMMAND_NAMES = ['list', 'start', 'show', 'status', 'reset', 'config', 'doctor', 'enroll', 'export', 'sync', 'backup', 'restore', 'program', 'invite', 'report', 'lint'];

/** The command a command line names, when it is known and no help is asked for. */
export function commandNamed(argv: readonly string[]): string | undefined {
  if (argv.some((a) => a === '-h' || a === '--help')) return undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a === '--lessons') i++; // their value is not a command
    else if (!a.startsWith('-')) return COMMAND_NAMES.includes(a) ? a : undefined;
  }
  return undefined;
}

/**
 * The program. With `only`, just that command is defined (plus the global options): a command
 * line that names a known command needs no other, and defining all of them costs start-up time.
 */
export function buildProgram(ctx: Context, only?: string): Command {
  const want = (name: string) => only === undefined || only === name;
  const { t } = ctx;
  const o = t.cmd.options;
  // Set before the subcommands are created, which inherit them: errors come back to main as
  // exceptions (one place maps exit codes) and every word goes through the context's streams.
  const program = new Command('coach');
  // The version flag belongs to the bare program: not defined when a command is named (start-up time).
  if (only === undefined) program.version(ctx.version, '-V, --version', o.version);
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
    .option('--lessons <dir>', o.lessons, (v: string, prev: string[] = []) => [...prev, v])
    .option('--no-color', o.noColor)
    .option('--no-input', o.noInput)
    .option('--debug', o.debug)
    .showHelpAfterError(t.errors.usage)
    .addHelpText('after', examples(ctx, t.cmd.home.examples))
    .argument('[command]')
    .action(async (name: string | undefined) => {
      if (name !== undefined) {
        // The home menu takes no argument: a word here is a mistyped command.
        const { closestIds } = await import('../core/progress/summary.js');
        const suggestions = closestIds(name, program.commands.map((c) => c.name())).join(', ');
        throw new CoachError('command-unknown', { name, suggestions }, EXIT.usage);
      }
      await (await import('../commands/home.js')).run(ctx);
    });

  type Group = keyof typeof t.help.groups;
  const sub = (name: string, info: { summary: string; examples: Examples }, group: Group = 'learner') =>
    (group === 'learner' ? program.command(name) : program.command(name).helpGroup(t.help.groups[group]))
      .description(info.summary)
      .helpOption('-h, --help', o.help)
      .addHelpText('after', examples(ctx, info.examples));


  if (want('list')) {
    sub('list', t.cmd.list)
      .option('--track <track>', o.track)
      .option('--json', o.json)
      .action(async (opts: { track?: string; json?: boolean }) => {
        await (await import('../commands/list.js')).run(ctx, opts);
      });
  }

  if (want('start')) {
    sub('start', t.cmd.start)
      .argument('[lesson]', t.cmd.args.lesson)
      .action(async (lesson: string | undefined) => {
        await (await import('../commands/start/index.js')).run(ctx, { lesson });
      });
  }

  if (want('show')) {
    sub('show', t.cmd.show)
      .argument('<lesson>', t.cmd.args.lesson)
      .option('--step <n>', o.step, (v) => parsePositive(v, t.cmd.stepInvalid))
      .option('--answers', o.answers)
      .action(async (lesson: string, opts: { step?: number; answers?: boolean }) => {
        await (await import('../commands/show.js')).run(ctx, { lesson, ...opts });
      });
  }

  if (want('status')) {
    sub('status', t.cmd.status)
      .option('--json', o.json)
      .action(async (opts: { json?: boolean }) => {
        await (await import('../commands/status.js')).run(ctx, opts);
      });
  }

  if (want('reset')) {
    sub('reset', t.cmd.reset)
      .argument('[lessons...]', t.cmd.args.lessons)
      .option('--all', o.all)
      .option('-y, --yes', o.yes)
      .action(async (lessons: string[], opts: { all?: boolean; yes?: boolean }) => {
        await (await import('../commands/reset.js')).run(ctx, { lessons, ...opts });
      });
  }

  if (want('config')) {
    sub('config', t.cmd.config)
      .argument('[key]', t.cmd.args.key)
      .argument('[value]', t.cmd.args.value)
      .option('--unset', o.unset)
      .option('--json', o.json)
      .action(async (key: string | undefined, value: string | undefined, opts: { unset?: boolean; json?: boolean }) => {
        await (await import('../commands/config.js')).run(ctx, { key, value, ...opts });
      });
  }

  if (want('doctor')) {
    sub('doctor', t.cmd.doctor)
      .option('--fix', o.fix)
      .option('--json', o.json)
      .action(async (opts: { fix?: boolean; json?: boolean }) => {
        await (await import('../commands/doctor.js')).run(ctx, opts);
      });
  }

  if (want('enroll')) {
    sub('enroll', t.cmd.enroll)
      .argument('<file>', t.cmd.args.file)
      .option('-y, --yes', o.yesEnroll)
      .action(async (file: string, opts: { yes?: boolean }) => {
        await (await import('../commands/enroll.js')).run(ctx, { file, ...opts });
      });
  }

  if (want('export')) {
    sub('export', t.cmd.export)
      .option('--out <file>', o.outFile)
      .option('--preview', o.preview)
      .action(async (opts: { out?: string; preview?: boolean }) => {
        await (await import('../commands/export.js')).run(ctx, opts);
      });
  }

  if (want('sync')) {
    sub('sync', t.cmd.sync).action(async () => {
      await (await import('../commands/sync.js')).run(ctx);
    });
  }

  if (want('backup')) {
    sub('backup', t.cmd.backup)
      .option('--out <file>', o.backupOut)
      .action(async (opts: { out?: string }) => {
        await (await import('../commands/backup.js')).backup(ctx, opts);
      });
  }

  if (want('restore')) {
    sub('restore', t.cmd.restore)
      .argument('<file>', t.cmd.args.backupFile)
      .option('-y, --yes', o.yes)
      .action(async (file: string, opts: { yes?: boolean }) => {
        await (await import('../commands/backup.js')).restore(ctx, { file, ...opts });
      });
  }

  // Sponsor commands.
  if (want('program')) {
    const programCommand = sub('program', t.cmd.program, 'sponsor');
    programCommand
      .command('init')
      .description(t.cmd.programInit.summary)
      .helpOption('-h, --help', o.help)
      .addHelpText('after', examples(ctx, t.cmd.programInit.examples))
      .option('--id <id>', o.id)
      .option('--title <title>', o.title)
      .option('--due <date>', o.due)
      .option('--require <ids>', o.require, (v: string, prev: string[] = []) => [...prev, v])
      .option('--lrs <url>', o.lrs)
      .option('--lrs-user <name>', o.lrsUser)
      .option('--activity-base <iri>', o.activityBase)
      .option('--sponsor <name>', o.sponsorName)
      .option('--sponsor-email <email>', o.sponsorEmail)
      .option('--out <dir>', o.outDir)
      .option('--force', o.force)
      .action(async (opts: import('../commands/sponsor/program.js').ProgramInitOptions) => {
        await (await import('../commands/sponsor/program.js')).run(ctx, opts);
      });
  }

  if (want('invite')) {
    sub('invite', t.cmd.invite, 'sponsor')
      .option('--program <file>', o.programFile)
      .option('--key <file>', o.keyFile)
      .option('--learners <csv>', o.learnersFile)
      .option('--out <dir>', o.outDir)
      .action(async (opts: import('../commands/sponsor/invite.js').InviteOptions) => {
        await (await import('../commands/sponsor/invite.js')).run(ctx, opts);
      });
  }

  if (want('report')) {
    sub('report', t.cmd.report, 'sponsor')
      .argument('[paths...]', t.cmd.args.paths)
      .option('--program <file>', o.programFile)
      .option('--key <file>', o.keyFile)
      .option('--learners <csv>', o.learnersFile)
      .addOption(new Option('--format <format>', o.format).choices(['table', 'csv', 'json', 'md', 'html']))
      .option('--out <file>', o.outFile)
      .addOption(new Option('--by <what>', o.by).choices(['learner', 'lesson']))
      .addOption(new Option('--delimiter <char>', o.delimiter).choices([',', ';']))
      .option('--strict', o.strict)
      .option('--lrs <url>', o.lrsRead)
      .action(async (paths: string[], opts: Omit<import('../commands/sponsor/report.js').ReportOptions, 'paths'>) => {
        await (await import('../commands/sponsor/report.js')).run(ctx, { paths, ...opts });
      });
  }

  if (want('lint')) {
    sub('lint', t.cmd.lint, 'author')
      .argument('[dirs...]', t.cmd.args.dirs)
      .option('--json', o.json)
      .action(async (dirs: string[], opts: { json?: boolean }) => {
        await (await import('../commands/lint.js')).run(ctx, { dirs, ...opts });
      });
  }

  return program;
}

function parsePositive(value: string, message: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(message);
  return n;
}
