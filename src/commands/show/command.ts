import type { CommandSpec } from '../../cli/spec.js';

export const show: CommandSpec = {
  name: 'show',
  group: 'learner',
  help: (t) => t.cmd.show,
  args: [{ name: '<lesson>', help: (t) => t.cmd.args.lesson }],
  options: [
    { flags: '--step <n>', help: (o) => o.step, positive: (t) => t.cmd.stepInvalid },
    { flags: '--answers', help: (o) => o.answers },
  ],
  run: async (ctx, [lesson], opts) => (await import('./run.js')).run(ctx, { lesson: lesson as string, ...opts }).then(() => 0),
};
