import type { CommandSpec } from '../../cli/spec.js';

export const report: CommandSpec = {
  name: 'report',
  group: 'sponsor',
  help: (t) => t.cmd.report,
  args: [{ name: '[paths...]', help: (t) => t.cmd.args.paths }],
  options: [
    { flags: '--program <file>', help: (o) => o.programFile },
    { flags: '--key <file>', help: (o) => o.keyFile },
    { flags: '--learners <csv>', help: (o) => o.learnersFile },
    { flags: '--format <format>', help: (o) => o.format, choices: ['table', 'csv', 'json', 'md', 'html', 'xlsx'] },
    { flags: '--out <file>', help: (o) => o.outFile },
    { flags: '--by <what>', help: (o) => o.by, choices: ['learner', 'lesson'] },
    { flags: '--delimiter <char>', help: (o) => o.delimiter, choices: [',', ';'] },
    { flags: '--strict', help: (o) => o.strict },
    { flags: '--lrs <url>', help: (o) => o.lrsRead },
    { flags: '--tz <zone>', help: (o) => o.tz },
  ],
  run: async (ctx, [paths], opts) =>
    (await import('./run.js')).run(ctx, { paths: paths as string[], ...opts }).then(() => 0),
};
