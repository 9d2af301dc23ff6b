import { flag, type CommandSpec } from '../../cli/spec.js';

export const restore: CommandSpec = {
  name: 'restore',
  group: 'learner',
  help: (t) => t.cmd.restore,
  args: [{ name: '<file>', key: 'file', help: (t) => t.cmd.args.backupFile }],
  options: [flag('-y, --yes', 'yes')],
  load: () => import('./run.js'),
};
