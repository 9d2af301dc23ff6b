import type { CommandSpec } from '../../cli/spec.js';

export const lint: CommandSpec = {
  name: 'lint',
  group: 'author',
  help: (t) => t.cmd.lint,
  args: [{ name: '[dirs...]', help: (t) => t.cmd.args.dirs }],
  options: [{ flags: '--json', help: (o) => o.json }],
  run: async (ctx, [dirs], opts) => (await import('./run.js')).run(ctx, { dirs: dirs as string[], ...opts }).then(() => 0),
};
