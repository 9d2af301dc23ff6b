import type { CommandSpec } from '../../cli/spec.js';

export const enroll: CommandSpec = {
  name: 'enroll',
  group: 'learner',
  help: (t) => t.cmd.enroll,
  args: [{ name: '<file>', help: (t) => t.cmd.args.file }],
  options: [{ flags: '-y, --yes', help: (o) => o.yesEnroll }],
  run: async (ctx, [file], opts) => (await import('./run.js')).run(ctx, { file: file as string, ...opts }).then(() => 0),
};
