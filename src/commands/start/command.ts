import type { CommandSpec } from '../../cli/spec.js';

export const start: CommandSpec = {
  name: 'start',
  group: 'learner',
  help: (t) => t.cmd.start,
  args: [{ name: '[lesson]', key: 'lesson', help: (t) => t.cmd.args.lesson }],
  load: () => import('./run.js'),
};
