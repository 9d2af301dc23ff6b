/**
 * The one look at the command line before commander runs. The language and colour shape the help
 * itself, the lesson folders the catalogue, and naming the command lets the parser define only that
 * one (defining all sixteen costs start-up time).
 */
export interface ArgvFacts {
  /** The command named, when it is one of `names` and no help is asked for. */
  command: string | undefined;
  lang: string | undefined;
  lessons: string[];
  noInput: boolean;
  noColor: boolean;
  debug: boolean;
}

/** Global options that take a value: their value is never a command name. */
const VALUED = new Set(['--lang', '--lessons']);

export function scanArgv(argv: readonly string[], names: readonly string[]): ArgvFacts {
  const facts: ArgvFacts = {
    command: undefined,
    lang: undefined,
    lessons: [],
    noInput: false,
    noColor: false,
    debug: false,
  };
  let help = false;
  let positional = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const [name, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    if (VALUED.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) continue;
      if (name === '--lang')
        facts.lang = value; // the last one wins, as in commander
      else facts.lessons.push(value);
    } else if (a === '-h' || a === '--help') help = true;
    else if (a === '--no-input') facts.noInput = true;
    else if (a === '--no-color') facts.noColor = true;
    else if (a === '--debug') facts.debug = true;
    else if (!a.startsWith('-') && !positional) {
      positional = true;
      if (names.includes(a)) facts.command = a;
    }
  }
  if (help) facts.command = undefined;
  return facts;
}
