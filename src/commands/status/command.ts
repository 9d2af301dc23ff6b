import { flag, type CommandSpec } from '../../cli/spec.js';

export const status: CommandSpec = {
  name: 'status',
  group: 'learner',
  help: (t) => t.cmd.status,
  options: [flag('--json', 'json')],
  load: () => import('./run.js'),
};
