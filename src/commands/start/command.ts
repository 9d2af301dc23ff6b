import type { CommandSpec } from '../../cli/spec.js';

export const start: CommandSpec = {
  name: 'start',
  group: 'learner',
  help: (t) => t.cmd.start,
  args: [{ name: '[lesson]', help: (t) => t.cmd.args.lesson }],
  run: async (ctx, [lesson], _opts) => (await import('./run.js')).run(ctx, { lesson: lesson as string | undefined }).then(() => 0),
};
