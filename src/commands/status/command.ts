import type { CommandSpec } from '../../cli/spec.js';

export const status: CommandSpec = {
  name: 'status',
  group: 'learner',
  help: (t) => t.cmd.status,
  options: [{ flags: '--json', help: (o) => o.json }],
  run: async (ctx, _args, opts) => (await import('./run.js')).run(ctx, opts).then(() => 0),
};
