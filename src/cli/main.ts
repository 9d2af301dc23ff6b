/**
 * The entry point, and the only module that touches `process`: arguments, environment, streams,
 * exit codes and signals. Everything else receives a Context.
 */
import { CommanderError } from 'commander';
import type { Context } from '../context.js';
import { CoachError, EXIT, Interrupted } from '../core/errors.js';
import { stateHome } from '../io/paths.js';
import { ProgressStore } from '../io/store.js';
import { detectLang, messages } from '../i18n/index.js';
import { createStyle } from '../render/style.js';
import { buildProgram, commandNamed } from './program.js';
import { errorMessage } from './error-message.js';

declare const __COACH_VERSION__: string;
const VERSION = typeof __COACH_VERSION__ === 'string' ? __COACH_VERSION__ : '0.0.0-dev';

/** Reads one global flag's value from argv before commander runs (language and colour shape the help itself). */
function flagValue(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes('=') ? arg.slice(name.length + 1) : argv[i + 1];
}
function flagValues(argv: string[], name: string): string[] {
  const values: string[] = [];
  argv.forEach((a, i) => {
    if (a === name && argv[i + 1]) values.push(argv[i + 1]!);
    else if (a.startsWith(`${name}=`)) values.push(a.slice(name.length + 1));
  });
  return values;
}

export async function createContext(argv: string[], env: NodeJS.ProcessEnv): Promise<Context> {
  const noInput = argv.includes('--no-input') || env.EXEC_COACH_NO_INPUT === '1' || env.CI === 'true';
  const noColor = argv.includes('--no-color') || (env.NO_COLOR ?? '') !== '' || env.TERM === 'dumb' || env.FORCE_COLOR === '0';
  if (noColor) env.FORCE_COLOR = '0'; // before anything loads chalk (marked-terminal uses it too)
  const home = stateHome(env);
  const store = new ProgressStore(home);
  let storedLang: string | undefined;
  try {
    storedLang = store.read().settings.lang;
  } catch {
    storedLang = undefined; // a damaged store is reported by the command that needs it
  }
  const lang = detectLang(flagValue(argv, '--lang'), storedLang, env);
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && !noColor;
  const stdoutTTY = Boolean(process.stdout.isTTY);
  const stderrTTY = Boolean(process.stderr.isTTY);
  const delimiter = process.platform === 'win32' ? ';' : ':';
  const lessonDirs = [...flagValues(argv, '--lessons'), ...(env.EXEC_COACH_LESSONS ?? '').split(delimiter).filter(Boolean)];
  const t = await messages(lang);
  let catalog: ReturnType<Context['catalog']> | undefined;
  let prompter: ReturnType<Context['prompter']> | undefined;
  const ctx: Context = {
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: !noInput && stdoutTTY && Boolean(process.stdin.isTTY),
    stdoutIsTerminal: stdoutTTY,
    style: { out: await createStyle(!noColor && (stdoutTTY || forced)), err: await createStyle(!noColor && (stderrTTY || forced)) },
    width: process.stdout.columns || 80,
    lang,
    t,
    env,
    now: () => Date.now(),
    home,
    cwd: process.cwd(),
    store,
    lessonDirs,
    catalog: () => (catalog ??= import('../io/catalog.js').then((m) => m.loadCatalog(lessonDirs, lang))),
    prompter: () => (prompter ??= import('../io/prompter.js').then((m) => m.createInquirerPrompter({ input: process.stdin, output: process.stdout, keyWords: t.keyWords }))),
    version: VERSION,
    debug: argv.includes('--debug'),
    helpText: () => buildProgram(ctx).helpInformation(),
    setLang: async (next) => {
      ctx.lang = next;
      ctx.t = await messages(next);
    },
  };
  return ctx;
}

/** Runs the program; returns the exit code. */
export async function run(argv: string[], ctx: Context): Promise<number> {
  const program = buildProgram(ctx, commandNamed(argv));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof Interrupted) {
      ctx.stderr.write(`\n${ctx.t.interrupted}\n`);
      return EXIT.interrupted;
    }
    if (error instanceof CoachError) {
      ctx.stderr.write(`${ctx.style.err.red(`${ctx.t.errors.prefix}${ctx.t.common.colon}`)} ${errorMessage(ctx.t, error)}\n`);
      return error.exitCode;
    }
    ctx.stderr.write(`${ctx.t.errors.unexpected}\n`);
    if (ctx.debug) ctx.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.error;
  }
}

async function entry(): Promise<void> {
  const argv = process.argv.slice(2);
  // The fastest path: `--version` alone needs nothing else.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  // `coach list | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      throw error;
    });
  }
  const ctx = await createContext(argv, process.env);
  process.on('SIGINT', () => {
    // Outside a prompt (prompts handle Ctrl-C themselves): every completed step is already saved.
    process.stderr.write(`\n${ctx.t.interrupted}\n`);
    process.exit(EXIT.interrupted);
  });
  process.exitCode = await run(argv, ctx);
  // A prompt may leave stdin referenced: do not wait for it once the command is done.
  if (process.stdin.isTTY) process.stdin.unref?.();
}

await entry();
