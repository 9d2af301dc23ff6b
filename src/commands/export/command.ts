import type { CommandSpec } from '../../cli/spec.js';

export const exportRecord: CommandSpec = {
  name: 'export',
  group: 'learner',
  help: (t) => t.cmd.export,
  options: [
    { flags: '--out <file>', help: (o) => o.outFile },
    { flags: '--preview', help: (o) => o.preview },
  ],
  run: async (ctx, _args, opts) => (await import('./run.js')).run(ctx, opts).then(() => 0),
};
