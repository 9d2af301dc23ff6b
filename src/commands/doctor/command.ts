import type { CommandSpec } from '../../cli/spec.js';
import { statusOf } from '../../cli/spec.js';

export const doctor: CommandSpec = {
  name: 'doctor',
  group: 'learner',
  help: (t) => t.cmd.doctor,
  options: [
    { flags: '--fix', help: (o) => o.fix },
    { flags: '--json', help: (o) => o.json },
  ],
  run: async (ctx, _args, opts) => statusOf(await (await import('./run.js')).run(ctx, opts)),
};
