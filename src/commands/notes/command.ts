import type { CommandSpec } from '../../cli/spec.js';

export const notes: CommandSpec = {
  name: 'notes',
  group: 'learner',
  help: (t) => t.cmd.notes,
  args: [{ name: '[lesson]', help: (t) => t.cmd.args.lesson }],
  options: [{ flags: '--format <format>', help: (o) => o.notesFormat, choices: ['text', 'md'] }],
  run: async (ctx, [lesson], opts) => (await import('./run.js')).run(ctx, { lesson: lesson as string | undefined, ...opts }).then(() => 0),
};
