import type { CommandSpec } from '../../cli/spec.js';

export const nudge: CommandSpec = {
  name: 'nudge',
  group: 'sponsor',
  help: (t) => t.nudge.help,
  args: [{ name: '[paths...]', help: (t) => t.cmd.args.paths }],
  options: [
    { flags: '--program <file>', help: (o) => o.programFile },
    { flags: '--key <file>', help: (o) => o.keyFile },
    { flags: '--learners <csv>', help: (o) => o.nudgeLearners },
    { flags: '--out <dir>', help: (o) => o.nudgeOut },
    { flags: '--json', help: (o) => o.json },
    { flags: '--lrs <url>', help: (o) => o.lrsRead },
  ],
  load: () => import('./run.js'),
};
