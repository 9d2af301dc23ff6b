import { flag, type CommandSpec } from '../../cli/spec.js';

export const doctor: CommandSpec = {
  name: 'doctor',
  group: 'learner',
  help: (t) => t.cmd.doctor,
  options: [flag('--fix', 'fix'), flag('--json', 'json')],
  load: () => import('./run.js'),
};
