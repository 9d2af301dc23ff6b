import { flag, type CommandSpec } from '../../cli/spec.js';

export const sync: CommandSpec = {
  name: 'sync',
  group: 'learner',
  help: (t) => t.cmd.sync,
  options: [flag('--timeout <seconds>', 'syncTimeout')],
  load: () => import('./run.js'),
};
