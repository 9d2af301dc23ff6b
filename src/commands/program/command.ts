import type { CommandSpec } from '../../cli/spec.js';

export const program: CommandSpec = {
  name: 'program',
  group: 'sponsor',
  help: (t) => t.cmd.program,
  subcommands: [
    {
      name: 'init',
      group: 'sponsor',
      help: (t) => t.cmd.programInit,
      options: [
        { flags: '--id <id>', help: (o) => o.id },
        { flags: '--title <title>', help: (o) => o.title },
        { flags: '--due <date>', help: (o) => o.due },
        { flags: '--require <ids>', help: (o) => o.require, repeatable: true },
        { flags: '--lrs <url>', help: (o) => o.lrs },
        { flags: '--lrs-user <name>', help: (o) => o.lrsUser },
        { flags: '--activity-base <iri>', help: (o) => o.activityBase },
        { flags: '--sponsor <name>', help: (o) => o.sponsorName },
        { flags: '--sponsor-email <email>', help: (o) => o.sponsorEmail },
        { flags: '--out <dir>', help: (o) => o.outDir },
        { flags: '--force', help: (o) => o.force },
        { flags: '-y, --yes', help: (o) => o.yesNewKey },
        { flags: '--allow-past', help: (o) => o.allowPast },
      ],
      run: async (ctx, _args, opts) => (await import('./init.js')).run(ctx, opts).then(() => 0),
    },
  ],
};
