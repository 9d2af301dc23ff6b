/**
 * Builds the Context from the world main.ts hands over (arguments, environment, streams,
 * platform, working folder, clock), so it is tested in-process like everything else.
 */
import type { Context, Output } from '../context.js';
import { isFolder } from '../io/files.js';
import { stateHome } from '../io/paths.js';
import { ProgressStore } from '../io/store.js';
import { detectLang, messages } from '../i18n/index.js';
import { createStyle } from '../render/style.js';
import { scanArgv } from './argv.js';

export interface ContextInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  streams: {
    stdin: NodeJS.ReadableStream & { isTTY?: boolean };
    /** Whether stdin is a terminal, without creating the stdin stream (asked only when stdout is one). */
    stdinIsTTY: () => boolean;
    stdout: Output;
    stderr: Output;
  };
  platform: NodeJS.Platform;
  cwd: string;
  now: () => number;
  nodeVersion: string;
  version: string;
  /** Names of the commands, to tell a command from an argument. */
  commands: readonly string[];
  /** The program's help text for this context (the parser builds it; commands never load the parser). */
  helpText: (ctx: Context) => string;
}

/** Whether colour is off: --no-color, NO_COLOR, TERM=dumb, or FORCE_COLOR=0 (main sets that one for the libraries). */
export function colourOff(argv: readonly string[], env: ContextInputs['env']): boolean {
  return argv.includes('--no-color') || (env.NO_COLOR ?? '') !== '' || env.TERM === 'dumb' || env.FORCE_COLOR === '0';
}

/** The language and programme folder saved by earlier runs; none when the store cannot be read. */
function readStoredFacts(store: ProgressStore): { storedLang: string | undefined; programLessons: string | undefined } {
  try {
    const stored = store.read();
    return { storedLang: stored.settings.lang, programLessons: stored.programLessons };
  } catch {
    // A damaged store is reported by the command that needs it.
    return { storedLang: undefined, programLessons: undefined };
  }
}

/** The lesson folders: --lessons, then EXEC_COACH_LESSONS, then the enrolled programme's folder. */
function lessonDirsOf(
  fromArgv: readonly string[],
  env: ContextInputs['env'],
  platform: NodeJS.Platform,
  programLessons: string | undefined,
): string[] {
  const delimiter = platform === 'win32' ? ';' : ':';
  // The programme's own folder counts while it is there; one moved away since `coach enroll` is left out, not fatal.
  return [
    ...fromArgv,
    ...(env.EXEC_COACH_LESSONS ?? '').split(delimiter).filter(Boolean),
    ...(programLessons && isFolder(programLessons) ? [programLessons] : []),
  ];
}

/** Loads the prompter module only when a command asks a question (most never do). */
function loadPrompter(
  ctx: Context,
  streams: ContextInputs['streams'],
  env: ContextInputs['env'],
): ReturnType<Context['prompter']> {
  return import('../io/prompter.js').then((m) =>
    m.createInquirerPrompter({
      input: streams.stdin,
      // Prompts run only when stdout is a terminal, and a terminal gets Node's own stream (cli/outputs.ts).
      output: streams.stdout as Parameters<typeof m.createInquirerPrompter>[0]['output'],
      style: ctx.style.out,
      editor: env.VISUAL || env.EDITOR || undefined,
      // Read at each question: the learner may switch language in the home menu.
      words: () => ({
        keyWords: ctx.t.keyWords,
        yes: ctx.t.common.yes,
        no: ctx.t.common.no,
        writeHelp: ctx.t.write.help,
      }),
    }),
  );
}

export async function createContext(inputs: ContextInputs): Promise<Context> {
  const { env, streams } = inputs;
  const facts = scanArgv(inputs.argv, inputs.commands);
  const noInput = facts.noInput || env.EXEC_COACH_NO_INPUT === '1' || env.CI === 'true';
  const noColor = colourOff(inputs.argv, env);
  const home = stateHome(env, inputs.platform);
  const store = new ProgressStore(home);
  const { storedLang, programLessons } = readStoredFacts(store);
  const lang = detectLang(facts.lang, storedLang, env);
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && !noColor;
  const stdoutTTY = Boolean(streams.stdout.isTTY);
  const stderrTTY = Boolean(streams.stderr.isTTY);
  const lessonDirs = lessonDirsOf(facts.lessons, env, inputs.platform, programLessons);
  const t = await messages(lang);
  let catalog: ReturnType<Context['catalog']> | undefined;
  let prompter: ReturnType<Context['prompter']> | undefined;
  const ctx: Context = {
    stdout: streams.stdout,
    stderr: streams.stderr,
    interactive: !noInput && stdoutTTY && streams.stdinIsTTY(),
    stdoutIsTerminal: stdoutTTY,
    style: {
      out: await createStyle(!noColor && (stdoutTTY || forced)),
      err: await createStyle(!noColor && (stderrTTY || forced)),
    },
    // Read when used: the terminal may be resized during a lesson.
    get width() {
      return streams.stdout.columns || 80;
    },
    lang,
    t,
    env,
    now: inputs.now,
    home,
    cwd: inputs.cwd,
    store,
    lessonDirs,
    catalog: () => (catalog ??= import('../io/catalog.js').then((m) => m.loadCatalog(lessonDirs, lang))),
    prompter: () => (prompter ??= loadPrompter(ctx, streams, env)),
    version: inputs.version,
    runtime: { node: inputs.nodeVersion, platform: inputs.platform },
    debug: facts.debug,
    helpText: () => inputs.helpText(ctx),
    setLang: async (next) => {
      ctx.lang = next;
      ctx.t = await messages(next);
    },
  };
  return ctx;
}
