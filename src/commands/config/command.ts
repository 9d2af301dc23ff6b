import type { CommandSpec } from '../../cli/spec.js';

export const config: CommandSpec = {
  name: 'config',
  group: 'learner',
  help: (t) => t.cmd.config,
  args: [
    { name: '[key]', help: (t) => t.cmd.args.key },
    { name: '[value]', help: (t) => t.cmd.args.value },
  ],
  options: [
    { flags: '--unset', help: (o) => o.unset },
    { flags: '--json', help: (o) => o.json },
  ],
  run: async (ctx, [key, value], opts) => (await import('./run.js')).run(ctx, { key: key as string | undefined, value: value as string | undefined, ...opts }).then(() => 0),
};
