import { flag, type CommandSpec } from '../../cli/spec.js';

export const lint: CommandSpec = {
  name: 'lint',
  group: 'author',
  help: (t) => t.cmd.lint,
  args: [{ name: '[dirs...]', key: 'dirs', help: (t) => t.cmd.args.dirs }],
  options: [flag('--json', 'json')],
  load: () => import('./run.js'),
};
