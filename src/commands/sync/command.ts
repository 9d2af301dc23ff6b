import type { CommandSpec } from '../../cli/spec.js';

export const sync: CommandSpec = {
  name: 'sync',
  group: 'learner',
  help: (t) => t.cmd.sync,
  run: async (ctx) => (await import('./run.js')).run(ctx).then(() => 0),
};
