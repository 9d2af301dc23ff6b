import { flag, type CommandSpec } from '../../cli/spec.js';

export const show: CommandSpec = {
  name: 'show',
  group: 'learner',
  help: (t) => t.cmd.show,
  args: [{ name: '<lesson>', key: 'lesson', help: (t) => t.cmd.args.lesson }],
  options: [flag('--step <n>', 'step', { positive: (t) => t.cmd.stepInvalid }), flag('--answers', 'answers')],
  load: () => import('./run.js'),
};
