import type { CommandSpec } from '../../cli/spec.js';

export const restore: CommandSpec = {
  name: 'restore',
  group: 'learner',
  help: (t) => t.cmd.restore,
  args: [{ name: '<file>', help: (t) => t.cmd.args.backupFile }],
  options: [{ flags: '-y, --yes', help: (o) => o.yes }],
  run: async (ctx, [file], opts) => (await import('./run.js')).run(ctx, { file: file as string, ...opts }).then(() => 0),
};
