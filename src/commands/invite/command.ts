import type { CommandSpec } from '../../cli/spec.js';
import { statusOf } from '../../cli/spec.js';

export const invite: CommandSpec = {
  name: 'invite',
  group: 'sponsor',
  help: (t) => t.cmd.invite,
  options: [
    { flags: '--program <file>', help: (o) => o.programFile },
    { flags: '--key <file>', help: (o) => o.keyFile },
    { flags: '--learners <csv>', help: (o) => o.learnersFile },
    { flags: '--out <dir>', help: (o) => o.outDir },
  ],
  run: async (ctx, _args, opts) => statusOf(await (await import('./run.js')).run(ctx, opts)),
};
