import type { CommandSpec } from '../../cli/spec.js';

export const list: CommandSpec = {
  name: 'list',
  group: 'learner',
  help: (t) => t.cmd.list,
  options: [
    { flags: '--track <track>', help: (o) => o.track },
    { flags: '--json', help: (o) => o.json },
  ],
  run: async (ctx, _args, opts) => (await import('./run.js')).run(ctx, opts).then(() => 0),
};
