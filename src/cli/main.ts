/**
 * The entry point, and the only module that touches `process`: arguments, environment, streams,
 * exit codes and signals. Everything else receives a Context.
 */
import { CommanderError } from 'commander';
import type { Context } from '../context.js';
import { CoachError, EXIT, Interrupted } from '../core/errors.js';
import { scanArgv } from './argv.js';
import { colourOff, createContext } from './context.js';
import { outputFor } from './outputs.js';
import { buildProgram, COMMAND_NAMES } from './parser.js';
import type { Status } from './spec.js';

declare const __COACH_VERSION__: string;
const VERSION = typeof __COACH_VERSION__ === 'string' ? __COACH_VERSION__ : '0.0.0-dev';

/** Runs the command line; returns the exit code. */
export async function run(argv: readonly string[], ctx: Context): Promise<number> {
  let status: Status = EXIT.ok;
  const program = buildProgram(ctx, scanArgv(argv, COMMAND_NAMES).command, (s) => (status = s));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    return await failure(ctx, error);
  }
}

/** The one place that turns what went wrong into words and an exit code. */
async function failure(ctx: Context, error: unknown): Promise<number> {
  // --help and --version end through here too, with exit code 0.
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof Interrupted) {
    ctx.stderr.write(`\n${ctx.t.interrupted}\n`);
    return EXIT.interrupted;
  }
  if (error instanceof CoachError) {
    // Loaded only when something went wrong: its words (lesson issues among them) cost start-up time.
    const { errorMessage } = await import('../render/error-message.js');
    ctx.stderr.write(
      `${ctx.style.err.red(`${ctx.t.errors.prefix}${ctx.t.common.colon}`)} ${errorMessage(ctx.t, error)}\n`,
    );
    return error.exitCode;
  }
  ctx.stderr.write(`${ctx.t.errors.unexpected}\n`);
  if (ctx.debug) ctx.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT.error;
}

/** `coach list | head` closes the pipe early: that is the reader's choice, not an error. */
function closed(): never {
  process.exit(process.exitCode ?? EXIT.ok);
}

async function entry(): Promise<void> {
  let stdinUsed = false;
  const argv = process.argv.slice(2);
  // The fastest path: `--version` alone needs nothing else.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  // chalk (and marked-terminal through it) reads FORCE_COLOR when it loads: set it before anything does.
  if (colourOff(argv, process.env)) process.env.FORCE_COLOR = '0';
  const ctx = await createContext({
    argv,
    env: process.env,
    streams: {
      // Created only if a prompt needs it: creating it costs start-up time.
      get stdin() {
        stdinUsed = true;
        return process.stdin;
      },
      stdinIsTTY: () => (process.getBuiltinModule('node:tty') as typeof import('node:tty')).isatty(0),
      stdout: outputFor(1, () => process.stdout, process.platform, closed),
      stderr: outputFor(2, () => process.stderr, process.platform, closed),
    },
    platform: process.platform,
    cwd: process.cwd(),
    now: () => Date.now(),
    nodeVersion: process.versions.node,
    version: VERSION,
    commands: COMMAND_NAMES,
    helpText: (c) => buildProgram(c).helpInformation(),
  });
  process.on('SIGINT', () => {
    // Outside a prompt (prompts handle Ctrl-C themselves): every completed step is already saved.
    process.stderr.write(`\n${ctx.t.interrupted}\n`);
    process.exit(EXIT.interrupted);
  });
  process.exitCode = await run(argv, ctx);
  // A prompt may leave stdin referenced: do not wait for it once the command is done.
  if (stdinUsed && process.stdin.isTTY) process.stdin.unref?.();
}

// Not top-level await: the built file is CommonJS (src/build/bundle.mjs). entry() handles its own errors.
void entry();
