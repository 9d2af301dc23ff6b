import type { CommandSpec } from '../../cli/spec.js';

export const backup: CommandSpec = {
  name: 'backup',
  group: 'learner',
  help: (t) => t.cmd.backup,
  options: [{ flags: '--out <file>', help: (o) => o.backupOut }],
  run: async (ctx, _args, opts) => (await import('./run.js')).run(ctx, opts).then(() => 0),
};
