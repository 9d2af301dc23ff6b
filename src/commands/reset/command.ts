import { flag, type CommandSpec } from '../../cli/spec.js';

export const reset: CommandSpec = {
  name: 'reset',
  group: 'learner',
  help: (t) => t.cmd.reset,
  args: [{ name: '[lessons...]', key: 'lessons', help: (t) => t.cmd.args.lessons }],
  options: [flag('--all', 'all'), flag('-y, --yes', 'yes')],
  load: () => import('./run.js'),
};
