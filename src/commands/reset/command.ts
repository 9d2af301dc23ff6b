import type { CommandSpec } from '../../cli/spec.js';

export const reset: CommandSpec = {
  name: 'reset',
  group: 'learner',
  help: (t) => t.cmd.reset,
  args: [{ name: '[lessons...]', help: (t) => t.cmd.args.lessons }],
  options: [
    { flags: '--all', help: (o) => o.all },
    { flags: '-y, --yes', help: (o) => o.yes },
  ],
  run: async (ctx, [lessons], opts) => (await import('./run.js')).run(ctx, { lessons: lessons as string[], ...opts }).then(() => 0),
};
