import { flag, type CommandSpec } from '../../cli/spec.js';

export const enroll: CommandSpec = {
  name: 'enroll',
  group: 'learner',
  help: (t) => t.cmd.enroll,
  args: [{ name: '<file>', key: 'file', help: (t) => t.cmd.args.file }],
  options: [flag('-y, --yes', 'yesEnroll')],
  load: () => import('./run.js'),
};
