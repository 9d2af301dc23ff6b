import type { CommandSpec } from '../../cli/spec.js';

export const plan: CommandSpec = {
  name: 'plan',
  group: 'learner',
  help: (t) => t.cmd.plan,
  options: [
    { flags: '--ics <file>', help: (o) => o.ics },
    { flags: '--at <HH:MM>', help: (o) => o.at },
    { flags: '--days <days>', help: (o) => o.days },
  ],
  run: async (ctx, _args, opts) => (await import('./run.js')).run(ctx, opts).then(() => 0),
};
