/** Help text is an interface: every command's help, in both languages, is snapshot-tested and carries examples. */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/parser.js';
import { testContext } from '../helpers/context.js';

const COMMANDS = [
  'list',
  'start',
  'today',
  'plan',
  'show',
  'status',
  'notes',
  'reset',
  'config',
  'doctor',
  'lint',
  'enroll',
  'export',
  'sync',
  'backup',
  'restore',
  'program',
  'invite',
  'report',
  'nudge',
];

describe.each(['en', 'fr'] as const)('help (%s)', (lang) => {
  const ctx = testContext({ lang, terminal: false });
  const program = buildProgram(ctx);
  program.configureOutput({ getOutHelpWidth: () => 80, getErrHelpWidth: () => 80 });
  const examples = lang === 'en' ? 'Examples:' : 'Exemples\u00A0:';

  it('for the program', () => {
    const help = program.helpInformation() + captureAfter(program);
    expect(help).toContain(examples);
    expect(help).toMatchSnapshot();
  });
  it.each(COMMANDS)('for %s', (name) => {
    const command = program.commands.find((c) => c.name() === name)!;
    command.configureOutput({ getOutHelpWidth: () => 80 });
    const help = command.helpInformation() + captureAfter(command);
    expect(help).toContain(examples);
    expect(help).toMatch(new RegExp(`coach ${name}`));
    expect(help).toMatchSnapshot();
  });
  it('for program init', () => {
    const init = program.commands.find((c) => c.name() === 'program')!.commands.find((c) => c.name() === 'init')!;
    const help = init.helpInformation() + captureAfter(init);
    expect(help).toContain(examples);
    expect(help).toMatch(/--require <ids>/);
    expect(help).toMatchSnapshot();
  });
});

/** The text commander adds after the help (our examples), captured through its own event. */
function captureAfter(command: ReturnType<typeof buildProgram>): string {
  let text = '';
  const write = (s: string) => {
    text += s;
  };
  command.configureOutput({ writeOut: write, writeErr: write, getOutHelpWidth: () => 80 });
  (command as unknown as import('node:events').EventEmitter).emit('afterHelp', { error: false, command, write });
  return text;
}

describe('scanArgv', () => {
  it('finds the command a command line names, skipping global option values, unless help is asked', async () => {
    const { scanArgv } = await import('../../src/cli/argv.js');
    const { COMMAND_NAMES } = await import('../../src/cli/parser.js');
    const named = (argv: string[]) => scanArgv(argv, COMMAND_NAMES).command;
    expect(named(['list', '--json'])).toBe('list');
    expect(named(['--lang', 'fr', '--lessons', 'status', 'status'])).toBe('status');
    expect(named(['--lang=fr', 'status'])).toBe('status');
    expect(named(['--no-color', 'report', 'records/'])).toBe('report');
    expect(named(['list', '--help'])).toBeUndefined();
    expect(named(['strat'])).toBeUndefined();
    expect(named(['start', 'list'])).toBe('start');
    expect(named([])).toBeUndefined();
  });
  it('reads the global options main needs before commander runs', async () => {
    const { scanArgv } = await import('../../src/cli/argv.js');
    expect(
      scanArgv(
        ['--lang', 'en', 'list', '--lang=fr', '--lessons', 'a', '--lessons=b', '--no-input', '--debug', '--no-color'],
        ['list'],
      ),
    ).toEqual({
      command: 'list',
      lang: 'fr',
      lessons: ['a', 'b'],
      noInput: true,
      noColor: true,
      debug: true,
    });
    expect(scanArgv(['--', '--debug'], ['list'])).toMatchObject({ debug: false });
  });
});
