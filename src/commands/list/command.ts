import { flag, type CommandSpec } from '../../cli/spec.js';

export const list: CommandSpec = {
  name: 'list',
  group: 'learner',
  help: (t) => t.cmd.list,
  options: [flag('--track <track>', 'track'), flag('--json', 'json')],
  load: () => import('./run.js'),
};
