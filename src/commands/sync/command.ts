import type { CommandSpec } from '../../cli/spec.js';

export const sync: CommandSpec = {
  name: 'sync',
  group: 'learner',
  help: (t) => t.cmd.sync,
  options: [{ flags: '--timeout <seconds>', help: (o) => o.syncTimeout }],
  run: async (ctx, _args, opts) => (await import('./run.js')).run(ctx, opts).then(() => 0),
};
