import type { CommandSpec } from '../../cli/spec.js';

export const today: CommandSpec = {
  name: 'today',
  group: 'learner',
  help: (t) => t.cmd.today,
  options: [{ flags: '--json', help: (o) => o.todayJson }],
  run: async (ctx, _args, opts) => (await import('./run.js')).run(ctx, opts).then(() => 0),
};
